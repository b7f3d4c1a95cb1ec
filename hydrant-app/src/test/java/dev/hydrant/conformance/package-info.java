/**
 * The conformance replay engine: a Java port of {@code shared/conformance/tools/record.py} that replays the
 * recorded hydrus scenarios against a running server and compares the answers with the recorded transcripts.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link dev.hydrant.conformance.RawHttpClient}: HTTP/1.1 over a plain socket, targets and methods sent
 *       verbatim, responses read like Python's {@code http.client}.</li>
 *   <li>{@link dev.hydrant.conformance.ScenarioReplayer}: scenario file to transcript lines (record.py's
 *       {@code run}); {@code RequestBuilder} makes a {@link dev.hydrant.conformance.PreparedRequest} from a step
 *       without sending it, {@code WireRequestEncoder} adds what {@code http.client} adds.</li>
 *   <li>{@link dev.hydrant.conformance.TranscriptNormaliser}: record.py's {@code normalise_line} and
 *       {@code load_with_ctx} ({@link dev.hydrant.conformance.NormalisationContext}).</li>
 *   <li>{@link dev.hydrant.conformance.TranscriptComparer}: record.py's {@code compare}, returning
 *       {@link dev.hydrant.conformance.StepComparison} records.</li>
 *   <li>{@link dev.hydrant.conformance.ScenarioConformance}: replay one scenario and compare it, in one call.</li>
 * </ul>
 * The {@code Python*} classes hold the Python semantics the port must reproduce (float repr, json.dumps,
 * str/repr, int(), ==, string rules); the tests check them, and the normaliser, the request building and the
 * response description, against python3 and record.py itself.
 *
 * <h2>Use from a test that runs Hydrant</h2>
 * <pre>{@code
 * SharedConformanceFiles shared = SharedConformanceFiles.locate();
 * // start the server on a loopback port with a fresh database, an access key with every permission,
 * // and CORS support on exactly when conformance.template("...") is "cors"
 * ReplayTarget target = new ReplayTarget("127.0.0.1", port, accessKey, shared.media());
 * ScenarioConformance conformance = new ScenarioConformance(shared, target, ComparisonOptions.defaults());
 * ScenarioConformance.Result result = conformance.check("01_access_sessions");
 * assertThat(result.comparison().differing()).as(result.comparison().report()).isEmpty();
 * }</pre>
 */
package dev.hydrant.conformance;

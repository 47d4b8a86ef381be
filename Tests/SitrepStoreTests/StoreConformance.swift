import Foundation
import SitrepModel
import SitrepStore
import Testing

/// One behavioural suite for the `Store` protocol, run against every backend in `StoreBackend`.
/// Tests are split by concern across `StoreConformance+*.swift`.
@Suite(.scratchDirectory) struct StoreConformance {}

/// Expects `body` to throw a `StoreError` with `code`.
func expectStoreError(
    _ code: StoreError.Code, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () async throws -> Void
) async {
    let error = await #expect(throws: StoreError.self, sourceLocation: sourceLocation) { try await body() }
    #expect(error?.code == code, "got \(String(describing: error))", sourceLocation: sourceLocation)
}

import Foundation
import Hummingbird
import NIOCore
import SitrepModel

/// Per-request context: who is asking (set by the auth middleware) and the body size limit.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The authenticated user: from a bearer token (API) or a desk session cookie.
    public var user: User?
    /// The desk session, when the request carried a valid session cookie.
    public var session: DeskSession?
    /// The client's IP address, for login rate limiting.
    public var remoteAddress: String?
    /// The connection, for the live stream's direct writes (nil when it has no socket: the
    /// router test framework's channel).
    let connectionChannel: (any Channel)?
    public var maxUploadSize: Int { 1_048_576 }

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
        self.connectionChannel = source.channel.localAddress == nil ? nil : source.channel
    }

    public var requestDecoder: StrictJSONDecoder { StrictJSONDecoder() }
}

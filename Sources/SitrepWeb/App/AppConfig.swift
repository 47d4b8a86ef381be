import Foundation

/// Everything the web app needs to know, built once (flags, then environment, then defaults)
/// and passed in. Tests build it directly.
public struct AppConfig: Sendable {
    public var host: String
    public var port: Int
    /// Public base URL used in feeds, canonical links and JSON-LD ("http://127.0.0.1:8080").
    public var baseURL: String
    public var siteName: String
    /// Mark cookies `Secure` (true behind HTTPS).
    public var secureCookies: Bool
    /// Seconds between SSE heartbeat comments.
    public var heartbeatSeconds: Double
    /// Events buffered per live connection before a slow reader is dropped (it resumes from the
    /// store); a connection written to directly may hold this many frames of ~4 KB unsent.
    public var liveBufferSize: Int
    /// Largest accepted request body in bytes.
    public var maxBodyBytes: Int
    /// Updates per story page.
    public var pageSize: Int
    /// Failed logins per name and address within `loginWindowSeconds` before refusing.
    public var loginAttempts: Int
    public var loginWindowSeconds: Double
    /// Run the extractor on every published or edited update.
    public var extractEvents: Bool

    public init(
        host: String = "127.0.0.1", port: Int = 8080, baseURL: String? = nil, siteName: String = "Sitrep",
        secureCookies: Bool = false, heartbeatSeconds: Double = 15, liveBufferSize: Int = 256,
        maxBodyBytes: Int = 1_048_576, pageSize: Int = 50, loginAttempts: Int = 5,
        loginWindowSeconds: Double = 300, extractEvents: Bool = true
    ) {
        self.host = host
        self.port = port
        self.baseURL = baseURL ?? "http://\(host):\(port)"
        self.siteName = siteName
        self.secureCookies = secureCookies
        self.heartbeatSeconds = heartbeatSeconds
        self.liveBufferSize = liveBufferSize
        self.maxBodyBytes = maxBodyBytes
        self.pageSize = pageSize
        self.loginAttempts = loginAttempts
        self.loginWindowSeconds = loginWindowSeconds
        self.extractEvents = extractEvents
    }
}

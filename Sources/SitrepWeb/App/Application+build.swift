import Foundation
import Hummingbird
import HTTPTypes
import Prometheus
import Logging
import ServiceLifecycle
import SitrepModel
import SitrepRecord
import SitrepStore

/// Everything the app is built from. The CLI makes one for `serve`; tests make their own.
public struct AppDependencies: Sendable {
    public var store: any Store
    public var extraction: EventExtraction?
    /// Indicators quoted in the same texts (exchange rates), charted on /events and story pages.
    public var indicators: IndicatorExtraction?
    /// Place and actor names for the review desk's correction form.
    public var suggest: Suggester?
    /// ACLED inter codes of the actor list, for the ACLED export.
    public var interCodes: [String: Int]
    public var now: @Sendable () -> Date
    public var metrics: SitrepMetrics
    public var logger: Logger

    public init(store: any Store, extraction: EventExtraction? = nil, indicators: IndicatorExtraction? = nil, interCodes: [String: Int] = [:], suggest: Suggester? = nil,
                now: @escaping @Sendable () -> Date = { Date() },
                metrics: SitrepMetrics = SitrepMetrics(), logger: Logger = Logger(label: "sitrep")) {
        self.store = store
        self.extraction = extraction
        self.indicators = indicators
        self.suggest = suggest
        self.interCodes = interCodes
        self.now = now
        self.metrics = metrics
        self.logger = logger
    }
}

/// The wired-up web app: router plus the services it needs running (the live publisher).
public struct SitrepApp {
    public let router: Router<AppRequestContext>
    public let publisher: LivePublisher
    public let newsroom: Newsroom
    public let recordFeed: RecordFeed
    /// Brings other instances' writes to this one's readers.
    public let watcher: StoreWatcher

    public init(config: AppConfig, dependencies: AppDependencies) {
        let store = dependencies.store
        let layout = Layout(siteName: config.siteName, baseURL: config.baseURL, assetVersion: Assets.version)
        let frames = LiveFrames(store: store, baseURL: config.baseURL)
        let publisher = LivePublisher(store: store, bufferSize: config.liveBufferSize, heartbeatSeconds: config.heartbeatSeconds,
                                      metrics: dependencies.metrics, logger: dependencies.logger,
                                      render: { try await frames.encode($0) })
        let cache = PageCache()
        let feed = RecordFeed()
        // a changed incident changes the record box of its story's page, the explorer and the map
        let record = RecordKeeper(store: store, changed: { changes in
            cache.removeAll()
            await feed.publish(changes)
        })
        let newsroom = Newsroom(store: store, publisher: publisher, extraction: dependencies.extraction, indicators: dependencies.indicators, record: record, now: dependencies.now,
                                metrics: dependencies.metrics, logger: dependencies.logger, changed: { cache.removeAll() })
        let router = Router(context: AppRequestContext.self)
        // a direct reader may hold about as many unsent bytes as `liveBufferSize` frames of ~4 KB
        LiveController(store: store, publisher: publisher, frames: frames, highWaterBytes: config.liveBufferSize * 4096).register(on: router, layout: layout)
        router.add(middleware: LogRequestsMiddleware(.debug))
        router.add(middleware: FormQueryMiddleware())
        router.add(middleware: RequestMetricsMiddleware(metrics: dependencies.metrics))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware(layout: layout))
        router.add(middleware: AuthMiddleware(store: store, now: dependencies.now))
        PublicController(store: store, layout: layout, config: config, cache: cache).register(on: router)
        EventsController(store: store, layout: layout, config: config,
                         export: RecordExport(store: store, interCodes: dependencies.interCodes, baseURL: config.baseURL),
                         feed: feed).register(on: router)
        APIController(newsroom: newsroom, config: config).register(on: router)
        DeskController(newsroom: newsroom, layout: layout, config: config,
                       limiter: LoginLimiter(store: store, limit: config.loginAttempts, window: config.loginWindowSeconds)).register(on: router)
        ReviewController(newsroom: newsroom, layout: layout, feed: feed, suggest: dependencies.suggest).register(on: router)
        SourcesController(newsroom: newsroom, layout: layout).register(on: router)
        SystemController(store: store, metrics: dependencies.metrics).register(on: router)
        self.router = router
        self.publisher = publisher
        self.newsroom = newsroom
        self.recordFeed = feed
        watcher = StoreWatcher(store: store, publisher: publisher, feed: feed, changed: { cache.removeAll() }, logger: dependencies.logger)
    }
}

/// Builds the application for `sitrep serve`.
public func buildApplication(config: AppConfig, dependencies: AppDependencies) -> some ApplicationProtocol {
    let app = SitrepApp(config: config, dependencies: dependencies)
    return Application(
        router: app.router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "Sitrep"),
        services: [app.publisher, app.watcher],
        logger: dependencies.logger
    )
}

/// Counts requests by status class.
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let metrics: SitrepMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        metrics.requests.increment()
        return try await next(request, context)
    }
}

/// Conservative browser security headers on every response.
/// Reads a query string as HTML forms write it (application/x-www-form-urlencoded): "+" is a
/// space, as a GET form submits "Violence against civilians" as "Violence+against+civilians". A
/// literal plus arrives as "%2B" and stays one. Without this, every filter form with a multi-word
/// value and every search for two words would read the pluses.
struct FormQueryMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let path = request.head.path, let mark = path.firstIndex(of: "?"), path[mark...].contains("+") else {
            return try await next(request, context)
        }
        var head = request.head
        head.path = String(path[..<mark]) + path[mark...].replacingOccurrences(of: "+", with: "%20")
        return try await next(Request(head: head, body: request.body), context)
    }
}

struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' https: http: data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "strict-origin-when-cross-origin"
        return response
    }
}

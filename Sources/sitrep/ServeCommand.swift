import ArgumentParser
import Foundation
import Hummingbird
import Logging
import SitrepExtract
import SitrepStore
import SitrepWeb
import Synchronization

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the web server (pages, live push, feeds, API, desk).")

    @OptionGroup var store: StoreOptions
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Option(help: "Public base URL for feeds and links (default http://HOST:PORT).") var baseURL: String?
    @Flag(help: "Mark cookies Secure (serve behind HTTPS).") var secureCookies = false
    @Flag(help: "Do not extract events from updates.") var noExtract = false
    @Option(help: "Log level (trace, debug, info, notice, warning, error).") var logLevel = "info"

    func run() async throws {
        let server = try ServerSetup(store: await store.openSeeded(), host: host, port: port, baseURL: baseURL,
                                     secureCookies: secureCookies, extract: !noExtract, logLevel: logLevel)
        server.logger.info("Sitrep listening", metadata: ["url": "\(server.config.baseURL)", "database": "\(store.shownPath)"])
        try await server.run()
    }
}

/// What `serve` and `demo` share: configuration, extraction and the application.
struct ServerSetup {
    let config: AppConfig
    let dependencies: AppDependencies
    let logger: Logger

    init(store: any Store, host: String, port: Int, baseURL: String?, secureCookies: Bool, extract: Bool, logLevel: String) throws {
        var logger = Logger(label: "sitrep")
        logger.logLevel = Logger.Level(rawValue: logLevel.lowercased()) ?? .info
        self.logger = logger
        config = AppConfig(host: host, port: port, baseURL: baseURL ?? ProcessInfo.processInfo.environment["SITREP_BASE_URL"],
                           secureCookies: secureCookies, extractEvents: extract)
        // built on the first suggestion a reviewer asks for, not at start-up
        let names = LazyNames()
        let extractor = try Extractor.bundled()
        dependencies = AppDependencies(store: store, extraction: extract ? try EventExtractionSetup.make(extractor) : nil,
                                       indicators: extract ? EventExtractionSetup.indicators(extractor) : nil,
                                       interCodes: extractor.actorInterCodes(),
                                       suggest: { kind, prefix, limit in
                                           (names.value?.find(kind: kind, prefix: prefix, limit: limit) ?? []).map { Suggestion(label: $0.label, fields: $0.fields) }
                                       }, logger: logger)
    }

    func run() async throws {
        let app = buildApplication(config: config, dependencies: dependencies)
        try await app.runService()
    }
}

/// The gazetteer and actor names for the review desk's suggestions, read once when first needed.
final class LazyNames: Sendable {
    private let names = Mutex<NameSuggestions??>(nil)

    var value: NameSuggestions? {
        names.withLock { names in
            if let loaded = names { return loaded }
            let loaded = try? NameSuggestions.bundled()
            names = .some(loaded)
            return loaded
        }
    }
}

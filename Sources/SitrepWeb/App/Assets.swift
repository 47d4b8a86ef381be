import Foundation

/// The stylesheet and the scripts, loaded once from the module's resources.
enum Assets {
    struct Asset: Sendable {
        var contentType: String
        var body: String
    }

    static let all: [String: Asset] = {
        var assets: [String: Asset] = [:]
        for (name, type) in [("site.css", "text/css; charset=utf-8"), ("live.js", "text/javascript; charset=utf-8"),
                           ("desk.js", "text/javascript; charset=utf-8"), ("map.js", "text/javascript; charset=utf-8"),
                           ("explorer.js", "text/javascript; charset=utf-8")] {
            let parts = name.split(separator: ".")
            if let url = Bundle.module.url(forResource: String(parts[0]), withExtension: String(parts[1]), subdirectory: "Assets"),
               let body = try? String(contentsOf: url, encoding: .utf8) {
                assets[name] = Asset(contentType: type, body: body)
            }
        }
        return assets
    }()

    /// Changes whenever an asset changes, for cache-busting URLs and ETags.
    static let version: String = PageCache.hash(all.keys.sorted().map { all[$0]!.body }.joined())
}

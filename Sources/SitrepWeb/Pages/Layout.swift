import Foundation

/// The one shared page frame: head, site header, footer, stylesheet and script.
public struct Layout: Sendable {
    public var siteName: String
    public var baseURL: String
    /// Appended to asset URLs so browsers refetch after a deploy.
    public var assetVersion: String

    public init(siteName: String, baseURL: String, assetVersion: String) {
        self.siteName = siteName
        self.baseURL = baseURL
        self.assetVersion = assetVersion
    }

    public struct Head: Sendable {
        public var title: String
        public var description: String?
        public var canonical: SiteRoute?
        public var feeds: [(title: String, route: SiteRoute, type: String)] = []
        public var jsonLD: String?
        public var script: Bool = false
        /// The desk's script (confirmations, keyboard shortcuts, live queue, suggestions).
        public var deskScript: Bool = false
        /// More of the site's scripts by asset name (`map.js`: pan and zoom; `explorer.js`: live mode).
        public var scripts: [String] = []
        public var noindex: Bool = false

        public init(title: String, description: String? = nil, canonical: SiteRoute? = nil) {
            self.title = title
            self.description = description
            self.canonical = canonical
        }
    }

    /// A whole HTML document.
    public func render(_ head: Head, bodyClass: String = "", @HTMLBuilder body: () -> HTML) -> String {
        let page = el("html", ["lang": "en"]) {
            el("head") {
                el("meta", ["charset": "utf-8"])
                el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                el("title") { head.title == siteName ? siteName : "\(head.title) · \(siteName)" }
                if let description = head.description {
                    el("meta", ["name": "description", "content": description])
                }
                if head.noindex {
                    el("meta", ["name": "robots", "content": "noindex"])
                }
                if let canonical = head.canonical {
                    el("link", ["rel": "canonical", "href": canonical.absoluteURL(base: baseURL)])
                }
                for feed in head.feeds {
                    el("link", ["rel": "alternate", "type": feed.type, "title": feed.title, "href": feed.route.path])
                }
                el("link", ["rel": "stylesheet", "href": SiteRoute.asset("site.css").path + "?v=\(assetVersion)"])
                el("link", ["rel": "icon", "href": "data:,"])  // no icon: browsers stop asking for /favicon.ico
                if let jsonLD = head.jsonLD {
                    HTML.jsonScript(jsonLD)
                }
                if head.script {
                    el("script", ["src": SiteRoute.asset("live.js").path + "?v=\(assetVersion)", "defer": ""])
                }
                if head.deskScript {
                    el("script", ["src": SiteRoute.asset("desk.js").path + "?v=\(assetVersion)", "defer": ""])
                }
                for script in head.scripts {
                    el("script", ["src": SiteRoute.asset(script).path + "?v=\(assetVersion)", "defer": ""])
                }
            }
            el("body", ["class": bodyClass.isEmpty ? nil : bodyClass]) {
                el("header", ["class": "site"]) {
                    el("a", ["href": SiteRoute.home.path, "class": "brand"]) { siteName }
                    el("form", ["action": SiteRoute.search(nil).path, "method": "get", "class": "search", "role": "search"]) {
                        el("label", ["for": "q", "class": "visually-hidden"]) { "Search coverage" }
                        el("input", ["type": "search", "name": "q", "id": "q", "placeholder": "Search coverage"])
                        el("button", ["type": "submit"]) { "Search" }
                    }
                }
                el("main", ["id": "main"]) { body() }
                el("footer", ["class": "site"]) {
                    el("a", ["href": SiteRoute.events("").path]) { "Events" }
                    " · "
                    el("a", ["href": SiteRoute.siteAtom.path]) { "Atom feed" }
                    " · "
                    el("a", ["href": "/api/v1/openapi.json"]) { "API" }
                    " · "
                    el("a", ["href": SiteRoute.desk.path]) { "Desk" }
                }
            }
        }
        return page.render(document: true)
    }
}

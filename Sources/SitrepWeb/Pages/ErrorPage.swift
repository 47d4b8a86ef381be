/// The page shown to browsers for 4xx and 5xx errors.
enum ErrorPage {
    struct Model: Sendable {
        var status: Int
        var title: String
        var message: String
    }

    struct View {
        var model: Model

        func render(layout: Layout) -> String {
            var head = Layout.Head(title: model.title)
            head.noindex = true
            return layout.render(head, bodyClass: "error") {
                el("section", ["class": "error-page"]) {
                    el("p", ["class": "status"]) { String(model.status) }
                    el("h1") { model.title }
                    el("p") { model.message }
                    el("p") {
                        el("a", ["href": SiteRoute.home.path]) { "Back to the front page" }
                    }
                }
            }
        }
    }
}

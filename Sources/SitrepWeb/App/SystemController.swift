import Foundation
import Hummingbird
import SitrepStore

/// `/health`, `/metrics` and the static assets (stylesheet and live script).
struct SystemController: Sendable {
    let store: any Store
    let metrics: SitrepMetrics

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(SiteRoute.Pattern.health), use: health)
        router.get(RouterPath(SiteRoute.Pattern.metrics), use: metricsText)
        router.get(RouterPath(SiteRoute.Pattern.asset), use: asset)
    }

    @Sendable func health(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        do {
            _ = try await store.stories(limit: 1, offset: 0)
        } catch {
            throw AppError(.unavailable, "The database is not answering.", detail: "\(error)")
        }
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "{\"status\":\"ok\"}")))
        response.headers[.contentType] = "application/json"
        response.headers[.cacheControl] = "no-store"
        return response
    }

    @Sendable func metricsText(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: metrics.render())))
        response.headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return response
    }

    @Sendable func asset(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let name = context.parameters.get("name") ?? ""
        guard let asset = Assets.all[name] else { throw AppError(.notFound, "There is no asset \"\(name.prefix(60))\".") }
        var headers: HTTPFields = [:]
        headers[.contentType] = asset.contentType
        headers[.eTag] = "\"\(Assets.version)\""
        headers[.cacheControl] = "public, max-age=31536000, immutable"
        if request.headers[.ifNoneMatch] == "\"\(Assets.version)\"" {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: asset.body)))
    }
}

import Foundation
import Hummingbird
import Logging
import SitrepStore

/// Turns every thrown error into a real response: `application/problem+json` for the API (and for
/// clients that prefer JSON), a full HTML error page for browsers. Unknown errors are logged with
/// their detail and shown as a generic 500.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let layout: Layout

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let appError = Self.appError(from: error)
            if appError.code == .internalError {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            } else if let detail = appError.detail {
                context.logger.info("request rejected", metadata: ["code": "\(appError.code.rawValue)", "detail": "\(detail)"])
            }
            return Self.response(for: appError, request: request, layout: layout)
        }
    }

    static func appError(from error: any Error) -> AppError {
        switch error {
        case let error as AppError: return error
        case let error as StoreError: return AppError(error)
        case let error as HTTPError:
            switch error.status {
            case .notFound: return AppError(.notFound, "There is no page at this address.")
            case .contentTooLarge: return AppError(.tooLarge, "The request body is larger than 1 MB; send less.")
            case .methodNotAllowed: return AppError(.badRequest, "This address does not accept that method.")
            default: return AppError(.badRequest, error.body ?? "The request could not be understood.")
            }
        default:
            return AppError(.internalError, "Something went wrong on our side; the request changed nothing. Try again.",
                            detail: String(reflecting: error))
        }
    }

    static func wantsJSON(_ request: Request) -> Bool {
        if request.uri.path.hasPrefix("/api/") { return true }
        let accept = request.headers[.accept] ?? ""
        return accept.contains("application/json") && !accept.contains("text/html")
    }

    static func response(for error: AppError, request: Request, layout: Layout) -> Response {
        var headers: HTTPFields = [:]
        if error.code == .unauthorized, request.uri.path.hasPrefix("/api/") {
            headers[.wwwAuthenticate] = "Bearer realm=\"sitrep\""
        }
        if wantsJSON(request) {
            headers[.contentType] = "application/problem+json"
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let data = (try? encoder.encode(error.problem)) ?? Data()
            return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        headers[.contentType] = "text/html; charset=utf-8"
        let page = ErrorPage.View(model: .init(status: Int(error.status.code), title: error.title, message: error.message)).render(layout: layout)
        return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}

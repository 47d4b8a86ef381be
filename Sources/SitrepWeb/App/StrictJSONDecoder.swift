import Foundation
import Hummingbird

/// A request body type that names the JSON keys it accepts, so a typo ("hedline") is reported
/// instead of silently ignored.
public protocol StrictDecodable: Decodable {
    static var allowedKeys: Set<String> { get }
}

/// Decodes JSON request bodies strictly: requires `application/json`, at most the context's upload
/// size, valid UTF-8, a JSON object with only known keys, and fields of the right type. Every
/// failure is an `AppError` that says exactly what to fix.
public struct StrictJSONDecoder: RequestDecoder {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from request: Request, context: some RequestContext) async throws -> T {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/json") else {
            throw AppError(.unsupportedMediaType, "Send the body as JSON with the header Content-Type: application/json.")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: context.maxUploadSize)
        } catch {
            throw AppError(.tooLarge, "The request body is larger than \(context.maxUploadSize / 1024) KB; send less.")
        }
        return try Self.decode(type, from: Array(buffer.readableBytesView))
    }

    /// Decodes `bytes` (exposed for tests and the form handlers).
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = Self.firstInvalidUTF8Offset(bytes) ?? 0
            throw AppError(.invalidEncoding, "The body is not valid UTF-8 (first bad byte at offset \(offset)).")
        }
        let data = Data(text.utf8)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw AppError(.invalidJSON, "The body is not well-formed JSON: check quotes, commas and brackets.",
                           detail: "\(error)")
        }
        guard let dictionary = object as? [String: Any] else {
            throw AppError(.invalidJSON, "The body must be a JSON object ({ ... }).")
        }
        if let strict = type as? any StrictDecodable.Type {
            let unknown = Set(dictionary.keys).subtracting(strict.allowedKeys).sorted()
            if let first = unknown.first {
                throw AppError(.invalidField, "Unknown field \"\(first)\". Allowed fields: \(strict.allowedKeys.sorted().joined(separator: ", ")).", field: first)
            }
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = ISO8601.parse(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                    debugDescription: "expected an ISO 8601 date-time such as 2016-05-05T13:45:00Z"))
            }
            return date
        }
        do {
            return try decoder.decode(T.self, from: data)
        } catch let error as AppError {
            throw error
        } catch let DecodingError.typeMismatch(expected, context) {
            let path = Self.path(context.codingPath)
            throw AppError(.invalidField, "Field \"\(path)\" has the wrong type: expected \(Self.describe(expected)).", field: path)
        } catch let DecodingError.valueNotFound(expected, context) {
            let path = Self.path(context.codingPath)
            throw AppError(.invalidField, "Field \"\(path)\" must not be null: expected \(Self.describe(expected)).", field: path)
        } catch let DecodingError.keyNotFound(key, context) {
            let path = Self.path(context.codingPath + [key])
            throw AppError(.invalidField, "Field \"\(path)\" is required.", field: path)
        } catch let DecodingError.dataCorrupted(context) {
            let path = Self.path(context.codingPath)
            throw AppError(.invalidField, "Field \"\(path)\" is invalid: \(context.debugDescription)", field: path)
        } catch {
            throw AppError(.invalidJSON, "The body could not be decoded.", detail: "\(error)")
        }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Double.Type: "a number"
        default: "\(type)"
        }
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > bytes.count { return index }
            if length > 1, String(validating: bytes[index..<index + length], as: UTF8.self) == nil { return index }
            index += length
        }
        return nil
    }
}

/// ISO 8601 date-times with or without fractional seconds.
enum ISO8601 {
    static func parse(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    static func string(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}

import Foundation
import Hummingbird

/// An `application/x-www-form-urlencoded` body, decoded strictly (size, UTF-8).
struct Form: Sendable {
    var fields: [String: String]
    /// Every value of every field, in order (ticked checkboxes share a name).
    var all: [String: [String]] = [:]

    subscript(_ name: String) -> String? { fields[name] }

    func values(_ name: String) -> [String] { all[name] ?? [] }

    func flag(_ name: String) -> Bool { fields[name] == "on" || fields[name] == "true" || fields[name] == "1" }

    static func read(_ request: Request, context: AppRequestContext) async throws -> Form {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/x-www-form-urlencoded") else {
            throw AppError(.unsupportedMediaType, "Send this form from the desk page.")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: context.maxUploadSize)
        } catch {
            throw AppError(.tooLarge, "The form is larger than 1 MB; shorten the text.")
        }
        return try parse(Array(buffer.readableBytesView))
    }

    static func parse(_ bytes: [UInt8]) throws -> Form {
        var fields: [String: String] = [:]
        var all: [String: [String]] = [:]
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decode(parts[0])
            let value = parts.count > 1 ? try decode(parts[1]) : ""
            fields[name] = value
            all[name, default: []].append(value)
        }
        return Form(fields: fields, all: all)
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
                      let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        guard let text = String(validating: out, as: UTF8.self) else {
            throw AppError(.invalidEncoding, "The form contains text that is not valid UTF-8.")
        }
        return text.replacingOccurrences(of: "\r\n", with: "\n")
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

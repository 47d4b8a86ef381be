import Foundation
import NIOCore
import Synchronization

/// Rendered pages and feeds, keyed by address and the story state they were built from
/// (`version`). Every write empties the cache; the version in the key also guards against serving
/// a page older than the store (a write made by another instance).
final class PageCache: Sendable {
    struct Entry: Sendable {
        var version: String
        var body: ByteBuffer
        var etag: String
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let limit: Int

    init(limit: Int = 512) {
        self.limit = limit
    }

    func get(_ key: String, version: String) -> Entry? {
        entries.withLock { entries in
            guard let entry = entries[key], entry.version == version else { return nil }
            return entry
        }
    }

    func put(_ key: String, version: String, body: String) -> Entry {
        let entry = Entry(version: version, body: ByteBuffer(string: body), etag: "\"\(PageCache.hash(version + key))\"")
        entries.withLock { entries in
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = entry
        }
        return entry
    }

    /// Drops everything: called after every committed write (writes are rare next to reads).
    func removeAll() {
        entries.withLock { $0.removeAll(keepingCapacity: true) }
    }

    /// FNV-1a, hex: short, stable ETags.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        return String(value, radix: 16)
    }
}

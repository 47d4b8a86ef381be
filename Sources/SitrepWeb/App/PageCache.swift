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
        var lastModified: String
        /// The story's last change, for If-Modified-Since.
        var modifiedAt: Date
        var storedAt: ContinuousClock.Instant
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let limit: Int
    /// How long an entry is served without asking the store whether the story changed. Writes
    /// through this process empty the cache at once; this bounds staleness after writes made
    /// elsewhere (another instance, `sitrep import` on the same database).
    let trustFor: Duration

    init(limit: Int = 512, trustFor: Duration = .seconds(1)) {
        self.limit = limit
        self.trustFor = trustFor
    }

    /// An entry young enough to serve without checking the store.
    func fresh(_ key: String) -> Entry? {
        entries.withLock { entries in
            guard let entry = entries[key], entry.storedAt.duration(to: .now) < trustFor else { return nil }
            return entry
        }
    }

    /// The entry for `key` if it was built from `version`; a match renews its trust window.
    func get(_ key: String, version: String) -> Entry? {
        entries.withLock { entries in
            guard var entry = entries[key], entry.version == version else { return nil }
            entry.storedAt = .now
            entries[key] = entry
            return entry
        }
    }

    func put(_ key: String, version: String, body: String, modifiedAt: Date) -> Entry {
        let entry = Entry(version: version, body: ByteBuffer(string: body), etag: "\"\(PageCache.hash(version + key))\"",
                          lastModified: HTTPDate.format(modifiedAt), modifiedAt: modifiedAt, storedAt: .now)
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

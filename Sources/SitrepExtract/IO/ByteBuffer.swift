/// Bytes written one after another into storage this value owns: a write is a bounds test and a
/// store (the storage doubles when full), not a call into `Array.append` with its uniqueness and
/// capacity checks. Writing events as JSON made a few hundred such appends per event, each costing
/// more than the bytes it copied.
///
/// Not copyable: one owner frees the storage. Read the bytes with `withBytes` or copy them out
/// with `array`.
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    init(capacity: Int = 1_024) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `n` more bytes.
    @inline(__always) mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        var capacity = self.capacity * 2
        while capacity < needed { capacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        self.capacity = capacity
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).initialize(from: from, count: bytes.count)
        count += bytes.count
    }

    /// The bytes of a literal (a JSON key with its quotes and colon).
    @inline(__always) mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { append($0) }
    }

    /// Calls `body` with the bytes written.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes written, as an array (one copy).
    var array: [UInt8] { withBytes { Array($0) } }
}

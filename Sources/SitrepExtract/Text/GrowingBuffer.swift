/// Plain values written one after another into storage this value owns: a write is a bounds test
/// and a store (the storage doubles when full), not a call into `Array.append` with its uniqueness
/// and capacity checks. The tokenizer appends a token per word and the JSON writer a few hundred
/// pieces per event; through `Array.append` each cost more than what it copied.
///
/// Not copyable: one owner frees the storage. Read the values with `withElements` or copy them out
/// with `array`.
struct GrowingBuffer<Element: BitwiseCopyable>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// How many values are written.
    private(set) var count = 0

    init(capacity: Int = 1_024) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `n` more values.
    @inline(__always) mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        var capacity = self.capacity * 2
        while capacity < needed { capacity *= 2 }
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        self.capacity = capacity
    }

    @inline(__always) mutating func append(_ value: Element) {
        reserve(1)
        base[count] = value
        count += 1
    }

    @inline(__always) mutating func append(_ values: UnsafeBufferPointer<Element>) {
        guard let from = values.baseAddress else { return }
        reserve(values.count)
        (base + count).initialize(from: from, count: values.count)
        count += values.count
    }

    /// The value at `i` (below `count`).
    @inline(__always) subscript(i: Int) -> Element {
        get {
            precondition(i >= 0 && i < count)
            return base[i]
        }
        set {
            precondition(i >= 0 && i < count)
            base[i] = newValue
        }
    }

    /// Calls `body` with the values written.
    func withElements<R>(_ body: (UnsafeBufferPointer<Element>) -> R) -> R {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The values written, as an array (one copy).
    var array: [Element] { withElements { Array($0) } }
}

/// The bytes of a text being written (events as JSON).
typealias ByteBuffer = GrowingBuffer<UInt8>

extension GrowingBuffer where Element == UInt8 {
    /// The bytes of a literal (a JSON key with its quotes and colon).
    @inline(__always) mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { append($0) }
    }

    /// Calls `body` with the bytes written.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { withElements(body) }
}

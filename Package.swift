// swift-tools-version:6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Sitrep",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sitrep", targets: ["sitrep"]),
        .library(name: "SitrepModel", targets: ["SitrepModel"]),
        .library(name: "SitrepExtract", targets: ["SitrepExtract"]),
        .library(name: "SitrepRecord", targets: ["SitrepRecord"]),
        .library(name: "SitrepStore", targets: ["SitrepStore"]),
        .library(name: "SitrepWeb", targets: ["SitrepWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        // already in the graph through Hummingbird; named for the live fan-out's direct writes
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
    ],
    targets: [
        // MARK: - Pure modules
        .target(name: "SitrepModel", swiftSettings: strict),
        .target(
            name: "SitrepExtract",
            dependencies: ["SitrepModel"],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .target(
            name: "SitrepRecord",
            dependencies: ["SitrepModel"],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),

        // MARK: - Storage
        .target(
            name: "SitrepStore",
            dependencies: [
                "SitrepModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),

        // MARK: - Web
        .target(
            name: "SitrepWeb",
            dependencies: [
                "SitrepModel", "SitrepStore", "SitrepRecord",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            resources: [.copy("Assets"), .copy("Demo/demo-story-2016-05-05.txt"), .copy("Map/Basemap")],
            swiftSettings: strict
        ),

        // MARK: - CLI
        .executableTarget(
            name: "sitrep",
            dependencies: [
                "SitrepModel", "SitrepStore", "SitrepExtract", "SitrepRecord", "SitrepWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),

        // MARK: - Tests
        .testTarget(name: "SitrepModelTests", dependencies: ["SitrepModel"], swiftSettings: strict),
        // Fixtures are read from the source tree (#filePath), not bundled.
        .testTarget(name: "SitrepExtractTests", dependencies: ["SitrepExtract", "SitrepModel"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "SitrepRecordTests", dependencies: ["SitrepRecord", "SitrepModel"], swiftSettings: strict),
        .testTarget(name: "SitrepStoreTests", dependencies: ["SitrepStore", "SitrepModel", "SitrepRecord"], swiftSettings: strict),
        .testTarget(
            name: "SitrepWebTests",
            dependencies: [
                "SitrepWeb", "SitrepStore", "SitrepModel", "SitrepExtract", "SitrepRecord",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
            ],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)

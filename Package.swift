// swift-tools-version: 6.1
import PackageDescription

/// stayform: a terminal wizard for Indonesia's Stay Permit Extension.
///
/// Layers, arrows pointing one way:
///   StayformCore  ←  StayformPersistence
///   StayformCore  ←  StayformWizard  ←  StayformTerminal (→ CNcursesw)
///   stayform (executable) wires them together.
let package = Package(
    name: "stayform",
    products: [
        .executable(name: "stayform", targets: ["stayform"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // 1. Pure Swift: form model, draft, cross-checks, dates, text editing. No I/O, no clock.
        .target(
            name: "StayformCore",
            resources: [.embedInCode("Words/Catalogs/en.catalog"), .embedInCode("Words/Catalogs/id.catalog")]
        ),
        // 2. Durable draft store, form-pack and theme loading.
        .target(
            name: "StayformPersistence",
            dependencies: [
                "StayformCore",
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // 3. The Elm architecture: pure update and view into a grid of cells.
        .target(name: "StayformWizard", dependencies: ["StayformCore"]),
        // 4. The only code that touches ncurses.
        .target(name: "CNcursesw", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "StayformTerminal", dependencies: ["StayformWizard", "CNcursesw"]),
        // 5. Argument parsing and wiring.
        .executableTarget(
            name: "stayform",
            dependencies: [
                "StayformCore", "StayformPersistence", "StayformWizard", "StayformTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            // The release link's function order (see the Makefile's RELEASE).
            exclude: ["stayform.order"]
        ),
        // `make bench`: measurements of saving, checking and drawing.
        .executableTarget(
            name: "StayformBenchmarks",
            dependencies: [
                "StayformCore", "StayformPersistence", "StayformWizard",
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            path: "Benchmarks/StayformBenchmarks"
        ),

        // Shared test support: snapshot assertions, fixtures, terminal harnesses.
        .target(
            name: "TestSupport",
            dependencies: ["StayformCore", "StayformWizard"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "StayformCoreTests",
            dependencies: [
                "StayformCore", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "StayformPersistenceTests",
            dependencies: [
                "StayformPersistence", "TestSupport", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PropertyBased", package: "swift-property-based"),
                // The YAML reader is checked against Yams (libyaml) on every file it reads.
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "StayformWizardTests",
            dependencies: [
                "StayformWizard", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "StayformTerminalTests",
            dependencies: ["StayformTerminal", "TestSupport"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

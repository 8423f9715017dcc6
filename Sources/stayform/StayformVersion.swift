/// The version `stayform --version` prints.
enum StayformVersion {
    static let current = "0.1.0"
}

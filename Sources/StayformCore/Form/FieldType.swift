/// The kind of value a form field holds, which decides how it is edited and checked.
public enum FieldType: String, Hashable, Sendable, CaseIterable {
    case text
    case personName = "person-name"
    case date
    case passportNumber = "passport-number"
    case mrz
    case country
    case sex
    case email
    case phone
    case nik
    case nib
    case npwp
    case postalCode = "postal-code"
    case singleChoice = "single-choice"
    case multipleChoice = "multiple-choice"
    case yesNo = "yes-no"
    case attachment
    case duration
    case money
}

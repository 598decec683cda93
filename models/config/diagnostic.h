#pragma once

#include "json/json_value.h"

#include <QList>
#include <QString>

namespace engage {

enum class Severity { Error, Warning };

// Every validation rule of docs/validation.md. The names are a published contract: tests and
// outside tools match on them, so a code never changes meaning and is never reused.
enum class DiagnosticCode {
    ConfigTooLarge,
    ConfigParseError,
    FormatInvalid,
    VersionUnsupported,
    MemberTypeInvalid,
    UnknownMember,
    SignedIdentitiesInvalid,
    AcceptModeNotRecommended,
    RequireWithoutKeys,
    KeysUnused,
    CustomFieldKeyInvalid,
    CustomFieldDuplicate,
    CustomFieldRegexInvalid,
    MappingKeyEmpty,
    MappingKeyWhitespace,
    MappingKeyDuplicate,
    MappingFieldUnknown,
    MappingFieldDuplicate,
    UuidFieldWithoutRegex,
    KeyIdInvalid,
    KeyIdDuplicate,
    KeyAlgorithmInvalid,
    HmacSecretInvalid,
    HmacSecretReused,
    RsaPublicKeyInvalid,
    RsaPrivateKey,
    RsaKeyIsCertificate,
    RsaWrongKeyType,
    RsaKeyUnusable,
    RsaWeakKey,
    RsaKeyReused,
};

// The code as written in files and JSON output, e.g. "hmac_secret_invalid".
QString diagnosticCodeName(DiagnosticCode code);
Severity severityOf(DiagnosticCode code);
// "error" or "warning".
QString severityName(Severity severity);

struct Diagnostic
{
    DiagnosticCode code;
    QString path;          // JSON Pointer (RFC 6901) into the file; "" for the whole file
    QString message;       // translated sentence for people; never holds a secret
    TextPosition position; // where in the file, when the diagnostic came from a file (else 0:0)

    Severity severity() const { return severityOf(code); }
    bool operator==(const Diagnostic& other) const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);
int countOf(const Diagnostics& diagnostics, Severity severity);

} // namespace engage

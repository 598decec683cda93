#include "config/diagnostic.h"

#include <algorithm>
#include <array>

namespace engage {

namespace {

struct CodeInfo
{
    DiagnosticCode code;
    const char* name;
    Severity severity;
};

// One row per code, in the order of the enum, so that lookup is an index.
constexpr std::array<CodeInfo, 31> codeTable{{
    {DiagnosticCode::ConfigTooLarge, "config_too_large", Severity::Error},
    {DiagnosticCode::ConfigParseError, "config_parse_error", Severity::Error},
    {DiagnosticCode::FormatInvalid, "format_invalid", Severity::Error},
    {DiagnosticCode::VersionUnsupported, "version_unsupported", Severity::Error},
    {DiagnosticCode::MemberTypeInvalid, "member_type_invalid", Severity::Error},
    {DiagnosticCode::UnknownMember, "unknown_member", Severity::Warning},
    {DiagnosticCode::SignedIdentitiesInvalid, "signed_identities_invalid", Severity::Error},
    {DiagnosticCode::AcceptModeNotRecommended, "accept_mode_not_recommended", Severity::Warning},
    {DiagnosticCode::RequireWithoutKeys, "require_without_keys", Severity::Error},
    {DiagnosticCode::KeysUnused, "keys_unused", Severity::Warning},
    {DiagnosticCode::CustomFieldKeyInvalid, "custom_field_key_invalid", Severity::Error},
    {DiagnosticCode::CustomFieldDuplicate, "custom_field_duplicate", Severity::Error},
    {DiagnosticCode::CustomFieldRegexInvalid, "custom_field_regex_invalid", Severity::Error},
    {DiagnosticCode::MappingKeyEmpty, "mapping_key_empty", Severity::Error},
    {DiagnosticCode::MappingKeyWhitespace, "mapping_key_whitespace", Severity::Error},
    {DiagnosticCode::MappingKeyDuplicate, "mapping_key_duplicate", Severity::Error},
    {DiagnosticCode::MappingFieldUnknown, "mapping_field_unknown", Severity::Error},
    {DiagnosticCode::MappingFieldDuplicate, "mapping_field_duplicate", Severity::Warning},
    {DiagnosticCode::UuidFieldWithoutRegex, "uuid_field_without_regex", Severity::Warning},
    {DiagnosticCode::KeyIdInvalid, "key_id_invalid", Severity::Error},
    {DiagnosticCode::KeyIdDuplicate, "key_id_duplicate", Severity::Error},
    {DiagnosticCode::KeyAlgorithmInvalid, "key_algorithm_invalid", Severity::Error},
    {DiagnosticCode::HmacSecretInvalid, "hmac_secret_invalid", Severity::Error},
    {DiagnosticCode::HmacSecretReused, "hmac_secret_reused", Severity::Warning},
    {DiagnosticCode::RsaPublicKeyInvalid, "rsa_public_key_invalid", Severity::Error},
    {DiagnosticCode::RsaPrivateKey, "rsa_private_key", Severity::Error},
    {DiagnosticCode::RsaKeyIsCertificate, "rsa_key_is_certificate", Severity::Error},
    {DiagnosticCode::RsaWrongKeyType, "rsa_wrong_key_type", Severity::Error},
    {DiagnosticCode::RsaKeyUnusable, "rsa_key_unusable", Severity::Error},
    {DiagnosticCode::RsaWeakKey, "rsa_weak_key", Severity::Warning},
    {DiagnosticCode::RsaKeyReused, "rsa_key_reused", Severity::Warning},
}};

constexpr bool tableFollowsEnumOrder()
{
    for (std::size_t index = 0; index < codeTable.size(); ++index) {
        if (codeTable[index].code != static_cast<DiagnosticCode>(index))
            return false;
    }
    return codeTable.back().code == DiagnosticCode::RsaKeyReused;
}
static_assert(tableFollowsEnumOrder(), "codeTable must list every DiagnosticCode in enum order");

const CodeInfo& infoOf(DiagnosticCode code)
{
    return codeTable[static_cast<std::size_t>(code)];
}

} // namespace

QString diagnosticCodeName(DiagnosticCode code)
{
    return QString::fromLatin1(infoOf(code).name);
}

Severity severityOf(DiagnosticCode code)
{
    return infoOf(code).severity;
}

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

bool Diagnostic::operator==(const Diagnostic& other) const
{
    return code == other.code && path == other.path && message == other.message &&
           position.line == other.position.line && position.column == other.position.column;
}

bool hasErrors(const Diagnostics& diagnostics)
{
    return countOf(diagnostics, Severity::Error) > 0;
}

int countOf(const Diagnostics& diagnostics, Severity severity)
{
    return static_cast<int>(std::count_if(
        diagnostics.cbegin(), diagnostics.cend(),
        [severity](const Diagnostic& diagnostic) { return diagnostic.severity() == severity; }));
}

} // namespace engage

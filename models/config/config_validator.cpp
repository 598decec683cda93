#include "config/config_validator.h"

#include "config/private_key_paths.h"
#include "config/visitor_uuid_key.h"
#include "crypto/pem_key.h"
#include "json/json_pointer.h"
#include "text/untrusted_text.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace engage {

namespace {

constexpr int hmacSecretLength = 24;
constexpr int minimumRsaBits = 2048;

// IDs and custom field keys: ^[a-z0-9_]+$, checked without a regex engine for speed.
bool isIdentifier(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        const bool allowed =
            (unit >= u'a' && unit <= u'z') || (unit >= u'0' && unit <= u'9') || unit == u'_';
        if (!allowed)
            return false;
    }
    return true;
}

// File text quoted in a message is cut to this, so that a pasted novel does not become the
// message.
constexpr qsizetype maxQuotedValue = 60;

class Validation
{
public:
    explicit Validation(PemKeyCache* keyCache = nullptr) : m_keyCache(keyCache) {}

    Diagnostics run(const CommunityConfig& config)
    {
        checkSignedIdentities(config.signedIdentities, !config.jwtKeys.isEmpty());
        checkCustomFields(config.customFields);
        checkMapping(config.extraValuesMapping, config.customFields);
        checkKeys(config.jwtKeys);
        checkPrivateKeys(privateKeyPaths(config), m_diagnostics);
        return std::move(m_diagnostics);
    }

    // One part of run() at a time, for ConfigValidation.
    Diagnostics runOnSignedIdentities(const QString& mode, bool hasKeys)
    {
        checkSignedIdentities(mode, hasKeys);
        return std::move(m_diagnostics);
    }

    Diagnostics runOnCustomFields(const QList<CustomField>& fields)
    {
        checkCustomFields(fields);
        return std::move(m_diagnostics);
    }

    Diagnostics runOnKeys(const QList<JwtKey>& keys)
    {
        checkKeys(keys);
        return std::move(m_diagnostics);
    }

    Diagnostics runOnPrivateKeyPaths(const QStringList& paths, const Diagnostics& reportedBefore)
    {
        checkPrivateKeys(paths, reportedBefore);
        return std::move(m_diagnostics);
    }

    Diagnostics runOnMappingRow(const QList<MappingRow>& rows, qsizetype index,
                                const MappingCatalogue& catalogue,
                                std::optional<qsizetype> firstRowWithKey,
                                std::optional<qsizetype> firstRowWithField)
    {
        checkMappingRow(rows, index, catalogue, firstRowWithKey, firstRowWithField);
        return std::move(m_diagnostics);
    }

    Diagnostics runOnMappingKey(const QString& key, qsizetype row,
                                std::optional<qsizetype> firstRowWithKey)
    {
        checkMappingKey(key, QStringLiteral("/extra_values_mapping"), row, firstRowWithKey);
        return std::move(m_diagnostics);
    }

    Diagnostics runOnKey(const JwtKey& key, bool checkId)
    {
        checkKey(key, QString(), checkId);
        return std::move(m_diagnostics);
    }

private:
    void checkSignedIdentities(const QString& mode, bool hasKeys)
    {
        const QString path = QStringLiteral("/signed_identities");
        if (!SignedIdentities::isValid(mode)) {
            add(DiagnosticCode::SignedIdentitiesInvalid, path,
                ConfigValidator::tr(
                    "Signed identities must be \"accept\", \"reject\" or \"require\", "
                    "not \"%1\".")
                    .arg(UntrustedText::forDisplay(mode, maxQuotedValue)));
        } else if (mode == SignedIdentities::accept) {
            add(DiagnosticCode::AcceptModeNotRecommended, path,
                ConfigValidator::tr(
                    "Accept takes both signed and non-signed identities, so a visitor "
                    "can claim any identity; use Require in production."));
        } else if (mode == SignedIdentities::require && !hasKeys) {
            add(DiagnosticCode::RequireWithoutKeys, path,
                ConfigValidator::tr("Require accepts only signed identities, but no JWT key is "
                                    "configured, so no visitor could be identified; add a key."));
        } else if (mode == SignedIdentities::reject && hasKeys) {
            add(DiagnosticCode::KeysUnused, path,
                ConfigValidator::tr(
                    "Reject refuses signed identities, so the configured JWT keys are "
                    "never used; choose Require or remove the keys."));
        }
    }

    void checkCustomFields(const QList<CustomField>& fields)
    {
        const QString listPath = QStringLiteral("/custom_fields");
        QHash<QString, qsizetype> firstIndexByKey;
        for (qsizetype index = 0; index < fields.size(); ++index) {
            const CustomField& field = fields[index];
            if (!isIdentifier(field.key)) {
                add(DiagnosticCode::CustomFieldKeyInvalid, memberPath(listPath, index, u"key"),
                    field.key.isEmpty()
                        ? ConfigValidator::tr("The custom field key is empty.")
                        : ConfigValidator::tr(
                              "The custom field key \"%1\" may contain only lowercase "
                              "letters a-z, digits 0-9 and underscores.")
                              .arg(UntrustedText::forDisplay(field.key, maxQuotedValue)));
            } else if (const auto first = firstIndexByKey.constFind(field.key);
                       first != firstIndexByKey.cend()) {
                add(DiagnosticCode::CustomFieldDuplicate, memberPath(listPath, index, u"key"),
                    ConfigValidator::tr("The custom field key \"%1\" is already used at %2; custom "
                                        "field keys must be unique.")
                        .arg(field.key, jsonPointerAppend(listPath, *first)));
            } else {
                firstIndexByKey.insert(field.key, index);
            }
            if (field.regex) {
                const QRegularExpression expression(*field.regex);
                if (!expression.isValid()) {
                    add(DiagnosticCode::CustomFieldRegexInvalid,
                        memberPath(listPath, index, u"regex"),
                        ConfigValidator::tr(
                            "The regular expression is not valid: %1 (at character %2).")
                            .arg(expression.errorString())
                            .arg(expression.patternErrorOffset() + 1));
                }
            }
        }
    }

    void checkMapping(const QList<MappingRow>& rows, const QList<CustomField>& fields)
    {
        const MappingCatalogue catalogue = ConfigValidator::mappingCatalogue(fields);
        QHash<QString, qsizetype> firstIndexByKey;
        QHash<QString, qsizetype> firstIndexByField;
        for (qsizetype index = 0; index < rows.size(); ++index) {
            const MappingRow& row = rows[index];
            const auto firstWithKey = firstIndexByKey.constFind(row.key);
            const auto firstWithField = firstIndexByField.constFind(row.field);
            checkMappingRow(rows, index, catalogue,
                            firstWithKey != firstIndexByKey.cend() ? std::optional(*firstWithKey)
                                                                   : std::nullopt,
                            firstWithField != firstIndexByField.cend()
                                ? std::optional(*firstWithField)
                                : std::nullopt);
            if (firstWithKey == firstIndexByKey.cend())
                firstIndexByKey.insert(row.key, index);
            if (firstWithField == firstIndexByField.cend())
                firstIndexByField.insert(row.field, index);
        }
    }

    // firstRowWithKey, firstRowWithField: the first other row holding the same key, writing
    // the same field. Rows writing the same field are all unknown or all known, so the first
    // of them is the one a known field's duplicate names.
    void checkMappingRow(const QList<MappingRow>& rows, qsizetype index,
                         const MappingCatalogue& catalogue,
                         std::optional<qsizetype> firstRowWithKey,
                         std::optional<qsizetype> firstRowWithField)
    {
        const QString listPath = QStringLiteral("/extra_values_mapping");
        const MappingRow& row = rows[index];
        checkMappingKey(row.key, listPath, index, firstRowWithKey);

        const std::optional<QString> customKey = customFieldKeyOf(row.field);
        if (!isPredefinedField(row.field) && !(customKey && catalogue.contains(*customKey))) {
            add(DiagnosticCode::MappingFieldUnknown, memberPath(listPath, index, u"field"),
                unknownFieldMessage(row.field, customKey));
            return;
        }
        if (firstRowWithField) {
            add(DiagnosticCode::MappingFieldDuplicate, memberPath(listPath, index, u"field"),
                ConfigValidator::tr("The field \"%1\" is already written by the key \"%2\"; the "
                                    "later value overwrites the earlier one.")
                    .arg(UntrustedText::forDisplay(row.field, maxQuotedValue),
                         UntrustedText::forDisplay(rows[*firstRowWithField].key, maxQuotedValue)));
        }
        if (isVisitorUuidKey(row.key)) {
            const CustomField* target = customKey ? catalogue.value(*customKey) : nullptr;
            if (!target || !target->regex || target->regex->isEmpty()) {
                add(DiagnosticCode::UuidFieldWithoutRegex, memberPath(listPath, index, u"field"),
                    ConfigValidator::tr("The visitor UUID is mapped to \"%1\", which is not a "
                                        "custom field with a regex, so automatically generated "
                                        "UUIDs could land in it.")
                        .arg(UntrustedText::forDisplay(row.field, maxQuotedValue)));
            }
        }
    }

    // firstRowWithKey: another row holding the same key, the first of them.
    void checkMappingKey(const QString& key, const QString& listPath, qsizetype index,
                         std::optional<qsizetype> firstRowWithKey)
    {
        if (key.isEmpty()) {
            add(DiagnosticCode::MappingKeyEmpty, memberPath(listPath, index, u"key"),
                ConfigValidator::tr("The extra value key is empty; enter the key the website "
                                    "registers, or remove the row."));
            return;
        }
        if (key.front().isSpace() || key.back().isSpace()) {
            add(DiagnosticCode::MappingKeyWhitespace, memberPath(listPath, index, u"key"),
                ConfigValidator::tr("The extra value key \"%1\" starts or ends with white space, "
                                    "which the website would not send.")
                    .arg(UntrustedText::forDisplay(key, maxQuotedValue)));
        }
        if (firstRowWithKey) {
            add(DiagnosticCode::MappingKeyDuplicate, memberPath(listPath, index, u"key"),
                ConfigValidator::tr(
                    "The key \"%1\" is already mapped at %2; each key can be mapped "
                    "only once.")
                    .arg(UntrustedText::forDisplay(key, maxQuotedValue),
                         jsonPointerAppend(listPath, *firstRowWithKey)));
        }
    }

    // The pointer of one member of a list entry, e.g. "/extra_values_mapping/3/key". Built
    // only for a diagnostic: live validation runs after every keystroke over lists of ten
    // thousand entries, and a string per entry would be most of its time.
    static QString memberPath(const QString& listPath, qsizetype index, QStringView member)
    {
        return jsonPointerAppend(listPath, index) + QLatin1Char('/') + member.toString();
    }

    static QString unknownFieldMessage(const QString& field,
                                       const std::optional<QString>& customKey)
    {
        if (field.isEmpty())
            return ConfigValidator::tr("No destination field is chosen.");
        if (customKey) {
            return ConfigValidator::tr(
                       "The custom field \"%1\" is not in the custom fields catalogue; "
                       "add it there or choose another field.")
                .arg(UntrustedText::forDisplay(*customKey, maxQuotedValue));
        }
        return ConfigValidator::tr(
                   "\"%1\" is not a destination field: choose a predefined field or "
                   "custom_field:KEY.")
            .arg(UntrustedText::forDisplay(field, maxQuotedValue));
    }

    void checkKeys(const QList<JwtKey>& keys)
    {
        QHash<QString, QString> idByKeyId;
        QHash<QString, QString> idBySecret;
        QHash<QString, QString> idByFingerprint;
        for (qsizetype index = 0; index < keys.size(); ++index) {
            const JwtKey& key = keys[index];
            const QString path = jsonPointerAppend(QStringLiteral("/jwt_keys"), index);
            const std::optional<PemKeyInspection> inspection = checkKey(key, path, true);

            if (isIdentifier(key.id)) {
                if (const auto first = idByKeyId.constFind(key.id); first != idByKeyId.cend()) {
                    add(DiagnosticCode::KeyIdDuplicate, path + QStringLiteral("/id"),
                        ConfigValidator::tr(
                            "The key ID \"%1\" is already used at %2; key IDs must be "
                            "unique.")
                            .arg(key.id, *first));
                } else {
                    idByKeyId.insert(key.id, path);
                }
            }
            if (key.algorithm == JwtAlgorithm::hs256 && key.secret && isValidSecret(*key.secret)) {
                if (const auto first = idBySecret.constFind(*key.secret);
                    first != idBySecret.cend()) {
                    add(DiagnosticCode::HmacSecretReused, path + QStringLiteral("/secret"),
                        ConfigValidator::tr(
                            "This secret is also the secret of the key \"%1\"; give "
                            "every key its own secret.")
                            .arg(UntrustedText::forDisplay(*first, maxQuotedValue)));
                } else {
                    idBySecret.insert(*key.secret, key.id);
                }
            }
            if (inspection && inspection->kind == PemKeyKind::RsaPublicKey) {
                const QString& fingerprint = inspection->sha256Fingerprint;
                if (const auto first = idByFingerprint.constFind(fingerprint);
                    first != idByFingerprint.cend()) {
                    add(DiagnosticCode::RsaKeyReused, path + QStringLiteral("/public_key"),
                        ConfigValidator::tr("The same public key is already configured as the key "
                                            "\"%1\".")
                            .arg(UntrustedText::forDisplay(*first, maxQuotedValue)));
                } else {
                    idByFingerprint.insert(fingerprint, key.id);
                }
            }
        }
    }

    // The rules of one key on its own; returns the inspection of an RS256 key for the
    // reuse check.
    std::optional<PemKeyInspection> checkKey(const JwtKey& key, const QString& path, bool checkId)
    {
        if (checkId && !isIdentifier(key.id)) {
            add(DiagnosticCode::KeyIdInvalid, path + QStringLiteral("/id"),
                key.id.isEmpty()
                    ? ConfigValidator::tr("The key ID is empty.")
                    : ConfigValidator::tr("The key ID \"%1\" may contain only lowercase "
                                          "letters a-z, digits 0-9 and underscores.")
                          .arg(UntrustedText::forDisplay(key.id, maxQuotedValue)));
        }
        if (key.algorithm == JwtAlgorithm::hs256) {
            checkSecret(key.secret, path + QStringLiteral("/secret"));
            return std::nullopt;
        }
        if (key.algorithm == JwtAlgorithm::rs256)
            return checkPublicKey(key.publicKey, path + QStringLiteral("/public_key"));
        add(DiagnosticCode::KeyAlgorithmInvalid, path + QStringLiteral("/algorithm"),
            key.algorithm.isEmpty()
                ? ConfigValidator::tr("The key has no algorithm: choose HS256 or RS256.")
                : ConfigValidator::tr("The algorithm must be HS256 or RS256, not \"%1\".")
                      .arg(UntrustedText::forDisplay(key.algorithm, maxQuotedValue)));
        return std::nullopt;
    }

    static bool isValidSecret(const QString& secret)
    {
        if (secret.size() != hmacSecretLength)
            return false;
        for (const QChar character : secret) {
            const char16_t unit = character.unicode();
            if (!((unit >= u'0' && unit <= u'9') || (unit >= u'a' && unit <= u'f')))
                return false;
        }
        return true;
    }

    // Messages never quote the secret: they describe what is wrong with it.
    void checkSecret(const std::optional<QString>& secret, const QString& path)
    {
        if (!secret) {
            add(DiagnosticCode::HmacSecretInvalid, path,
                ConfigValidator::tr(
                    "The HS256 key has no secret: enter its 24-character shared secret "
                    "or generate one."));
            return;
        }
        if (isValidSecret(*secret))
            return;
        if (isValidSecret(secret->toLower())) {
            add(DiagnosticCode::HmacSecretInvalid, path,
                ConfigValidator::tr("The secret has capital letters: it must be written with the "
                                    "lowercase hex digits 0-9 and a-f."));
        } else if (secret->size() != hmacSecretLength) {
            add(DiagnosticCode::HmacSecretInvalid, path,
                ConfigValidator::tr(
                    "The secret must be exactly %1 hex characters long; this one has %2.")
                    .arg(hmacSecretLength)
                    .arg(secret->size()));
        } else {
            add(DiagnosticCode::HmacSecretInvalid, path,
                ConfigValidator::tr("The secret may contain only the hex digits 0-9 and a-f."));
        }
    }

    std::optional<PemKeyInspection> checkPublicKey(const std::optional<QString>& pem,
                                                   const QString& path)
    {
        if (!pem || pem->trimmed().isEmpty()) {
            add(DiagnosticCode::RsaPublicKeyInvalid, path,
                ConfigValidator::tr("The RS256 key has no public key: paste a PEM public key "
                                    "(-----BEGIN PUBLIC KEY-----)."));
            return std::nullopt;
        }
        const PemKeyInspection inspection =
            m_keyCache ? m_keyCache->inspect(*pem) : inspectPemKey(pem->toUtf8());
        switch (inspection.kind) {
        case PemKeyKind::Invalid:
            add(DiagnosticCode::RsaPublicKeyInvalid, path,
                ConfigValidator::tr("This is not a usable PEM public key: %1.")
                    .arg(inspection.problem));
            break;
        case PemKeyKind::PrivateKey:
            add(DiagnosticCode::RsaPrivateKey, path,
                ConfigValidator::tr(
                    "This is a private key: only the public key belongs here, and this "
                    "program never saves the private key. Extract the public key with "
                    "\"openssl pkey -in private.pem -pubout\"."));
            break;
        case PemKeyKind::Certificate:
            add(DiagnosticCode::RsaKeyIsCertificate, path,
                ConfigValidator::tr(
                    "This is an X.509 certificate, not a public key. Extract its public "
                    "key with \"openssl x509 -in certificate.pem -pubkey -noout\" and "
                    "paste that."));
            break;
        case PemKeyKind::OtherPublicKey:
            add(DiagnosticCode::RsaWrongKeyType, path,
                ConfigValidator::tr("This public key is %1; RS256 needs an RSA public key.")
                    .arg(keyTypePhrase(inspection.keyTypeName)));
            break;
        case PemKeyKind::UnusableRsaPublicKey:
            add(DiagnosticCode::RsaKeyUnusable, path,
                ConfigValidator::tr("This RSA public key cannot be used: %1.")
                    .arg(inspection.problem));
            break;
        case PemKeyKind::RsaPublicKey:
            if (inspection.modulusBits < minimumRsaBits) {
                add(DiagnosticCode::RsaWeakKey, path,
                    ConfigValidator::tr(
                        "This RSA key has only %1 bits; use a key of at least %2 bits.")
                        .arg(inspection.modulusBits)
                        .arg(minimumRsaBits));
            }
            break;
        }
        return inspection;
    }

    // docs/validation.md rsa_private_key: the writer leaves out every member that holds a private
    // key, so each is an error wherever it was pasted, not only as an RS256 public key. Those
    // checkPublicKey has reported, with how to extract the public key, are not said twice.
    void checkPrivateKeys(const QStringList& paths, const Diagnostics& reportedBefore)
    {
        if (paths.isEmpty())
            return;
        QSet<QString> reported;
        for (const Diagnostic& diagnostic : reportedBefore) {
            if (diagnostic.code == DiagnosticCode::RsaPrivateKey)
                reported.insert(diagnostic.path);
        }
        for (const QString& path : paths) {
            if (!reported.contains(path)) {
                add(DiagnosticCode::RsaPrivateKey, path,
                    ConfigValidator::tr("This holds a private key, which this program never "
                                        "saves: it is left out when the file is written. Remove "
                                        "it; only public keys belong in a configuration."));
            }
        }
    }

    void add(DiagnosticCode code, const QString& path, const QString& message)
    {
        m_diagnostics.append({code, path, message, {}});
    }

    PemKeyCache* m_keyCache;
    Diagnostics m_diagnostics;
};

} // namespace

Diagnostics ConfigValidator::validate(const CommunityConfig& config)
{
    return Validation().run(config);
}

Diagnostics ConfigValidator::validate(const CommunityConfig& config, PemKeyCache& keyCache)
{
    return Validation(&keyCache).run(config);
}

Diagnostics ConfigValidator::validateSignedIdentities(const QString& mode, bool hasKeys)
{
    return Validation().runOnSignedIdentities(mode, hasKeys);
}

Diagnostics ConfigValidator::validateCustomFields(const QList<CustomField>& fields)
{
    return Validation().runOnCustomFields(fields);
}

Diagnostics ConfigValidator::validateKeys(const QList<JwtKey>& keys, PemKeyCache& keyCache)
{
    return Validation(&keyCache).runOnKeys(keys);
}

Diagnostics ConfigValidator::validatePrivateKeyPaths(const QStringList& paths,
                                                     const Diagnostics& keyDiagnostics)
{
    return Validation().runOnPrivateKeyPaths(paths, keyDiagnostics);
}

MappingCatalogue ConfigValidator::mappingCatalogue(const QList<CustomField>& fields)
{
    MappingCatalogue catalogue;
    for (const CustomField& field : fields)
        catalogue.insert(field.key, &field);
    return catalogue;
}

Diagnostics ConfigValidator::validateMappingRow(const QList<MappingRow>& rows, qsizetype index,
                                                const MappingCatalogue& catalogue,
                                                std::optional<qsizetype> firstRowWithKey,
                                                std::optional<qsizetype> firstRowWithField)
{
    return Validation().runOnMappingRow(rows, index, catalogue, firstRowWithKey, firstRowWithField);
}

Diagnostics ConfigValidator::validateMappingKey(const QString& key, qsizetype row,
                                                std::optional<qsizetype> otherRowWithKey)
{
    return Validation().runOnMappingKey(key, row, otherRowWithKey);
}

Diagnostics ConfigValidator::validateKey(const JwtKey& key, bool checkId)
{
    return Validation().runOnKey(key, checkId);
}

} // namespace engage

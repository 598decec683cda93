// Every validation code of docs/validation.md, each triggered by a minimal fixture, with its
// severity and its JSON Pointer path; then the properties that hold across codes.

#include "config/config_file.h"
#include "support/hand_made_rsa.h"
#include "support/openssl_fixtures.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTest>

using namespace engage;

namespace {

const char* const validSecret = "9aeaf06388b8ab6487d1605b";
const char* const otherSecret = "0123456789abcdef01234567";

// A JSON string literal holding the text (for PEM blocks inside fixtures).
QByteArray jsonString(const QByteArray& text)
{
    return QJsonDocument::fromVariant(QVariantList{QString::fromUtf8(text)})
        .toJson(QJsonDocument::Compact)
        .mid(1)
        .chopped(1);
}

// A configuration with the required header followed by the given members.
QByteArray config(const QByteArray& members)
{
    QByteArray text = R"({"format": "engage-messaging-community", "version": 1)";
    if (!members.isEmpty())
        text += ", " + members;
    return text + "}";
}

QByteArray hsKey(const QByteArray& id, const QByteArray& secret = validSecret)
{
    return R"({"id": ")" + id + R"(", "algorithm": "HS256", "secret": ")" + secret + R"("})";
}

QByteArray rsKey(const QByteArray& id, const QByteArray& pem)
{
    return R"({"id": ")" + id + R"(", "algorithm": "RS256", "public_key": )" + jsonString(pem) +
           "}";
}

QByteArray requireWithKeys(const QByteArray& keys)
{
    return config(R"("signed_identities": "require", "jwt_keys": [)" + keys + "]");
}

QByteArray withCatalogueAndMapping(const QByteArray& customFields, const QByteArray& rows)
{
    return config(R"("custom_fields": [)" + customFields + R"(], "extra_values_mapping": [)" +
                  rows + "]");
}

QString describe(const Diagnostics& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& diagnostic : diagnostics)
        lines << diagnosticCodeName(diagnostic.code) + QLatin1Char(' ') + diagnostic.path +
                     QStringLiteral(": ") + diagnostic.message;
    return lines.isEmpty() ? QStringLiteral("(no diagnostics)") : lines.join(QLatin1Char('\n'));
}

QByteArray readExample(const QString& name)
{
    QFile file(QStringLiteral(ENGAGE_EXAMPLES_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestConfigValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsEachCodeWithSeverityAndPath_data();
    void reportsEachCodeWithSeverityAndPath();
    void acceptsValidConfigurations_data();
    void acceptsValidConfigurations();
    void bundledValidExampleHasNoDiagnostics();
    void bundledProblemExampleShowsSeveralDiagnostics();
    void listsDiagnosticsInDocumentOrder();
    void doesNotRepeatATypeErrorAsAValueError();
    void neverQuotesASecretInAMessage();
    void refusesHostileDocumentsWithAParseError_data();
    void refusesHostileDocumentsWithAParseError();
    void keepsInvalidValuesInTheModel();
    void reportsDegenerateRsaKeysAsUnusable_data();
    void reportsDegenerateRsaKeysAsUnusable();
    void drawsTheBorderBetweenUnusableAndWeakRsaKeys();
    void refusesTwoPemBlocksInOneKey();
    void namesTheWrongKeyTypeWithItsArticle_data();
    void namesTheWrongKeyTypeWithItsArticle();

private:
    OpensslFixtures m_keys;
};

void TestConfigValidation::initTestCase()
{
    // Generate once, before the _data() functions use them.
    QVERIFY(!m_keys.rsaPublicKey(2048).isEmpty());
    QVERIFY(!m_keys.rsaPublicKey(1024).isEmpty());
}

void TestConfigValidation::reportsEachCodeWithSeverityAndPath_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("path");

    const QByteArray rsa = m_keys.rsaPublicKey(2048);

    QTest::newRow("config_too_large") << QByteArray(16 * 1024 * 1024 + 1, ' ') << "config_too_large"
                                      << "error"
                                      << "";
    QTest::newRow("config_parse_error: truncated")
        << QByteArray(R"({"format": "engage)") << "config_parse_error"
        << "error"
        << "";
    QTest::newRow("config_parse_error: array") << QByteArray("[]") << "config_parse_error"
                                               << "error"
                                               << "";
    QTest::newRow("format_invalid: missing") << QByteArray(R"({"version": 1})") << "format_invalid"
                                             << "error"
                                             << "/format";
    QTest::newRow("format_invalid: other")
        << QByteArray(R"({"format": "json", "version": 1})") << "format_invalid"
        << "error"
        << "/format";
    QTest::newRow("version_unsupported: missing")
        << QByteArray(R"({"format": "engage-messaging-community"})") << "version_unsupported"
        << "error"
        << "/version";
    QTest::newRow("version_unsupported: 2")
        << QByteArray(R"({"format": "engage-messaging-community", "version": 2})")
        << "version_unsupported"
        << "error"
        << "/version";
    QTest::newRow("version_unsupported: string")
        << QByteArray(R"({"format": "engage-messaging-community", "version": "1"})")
        << "version_unsupported"
        << "error"
        << "/version";
    QTest::newRow("version_unsupported: fraction")
        << QByteArray(R"({"format": "engage-messaging-community", "version": 1.5})")
        << "version_unsupported"
        << "error"
        << "/version";
    QTest::newRow("member_type_invalid: jwt_keys object")
        << config(R"("jwt_keys": {})") << "member_type_invalid"
        << "error"
        << "/jwt_keys";
    QTest::newRow("member_type_invalid: mapping string")
        << config(R"("extra_values_mapping": "a")") << "member_type_invalid"
        << "error"
        << "/extra_values_mapping";
    QTest::newRow("member_type_invalid: custom_fields null")
        << config(R"("custom_fields": null)") << "member_type_invalid"
        << "error"
        << "/custom_fields";
    QTest::newRow("member_type_invalid: community array")
        << config(R"("community": [])") << "member_type_invalid"
        << "error"
        << "/community";
    QTest::newRow("member_type_invalid: community name")
        << config(R"("community": {"name": 7})") << "member_type_invalid"
        << "error"
        << "/community/name";
    QTest::newRow("member_type_invalid: signed_identities")
        << config(R"("signed_identities": true)") << "member_type_invalid"
        << "error"
        << "/signed_identities";
    QTest::newRow("member_type_invalid: key not object")
        << requireWithKeys("5") << "member_type_invalid"
        << "error"
        << "/jwt_keys/0";
    QTest::newRow("member_type_invalid: key id number")
        << requireWithKeys(
               R"({"id": 3, "algorithm": "HS256", "secret": "9aeaf06388b8ab6487d1605b"})")
        << "member_type_invalid"
        << "error"
        << "/jwt_keys/0/id";
    QTest::newRow("member_type_invalid: secret number")
        << requireWithKeys(R"({"id": "a", "algorithm": "HS256", "secret": 12})")
        << "member_type_invalid"
        << "error"
        << "/jwt_keys/0/secret";
    QTest::newRow("member_type_invalid: public_key null")
        << requireWithKeys(R"({"id": "a", "algorithm": "RS256", "public_key": null})")
        << "member_type_invalid"
        << "error"
        << "/jwt_keys/0/public_key";
    QTest::newRow("member_type_invalid: mapping key bool")
        << config(R"("extra_values_mapping": [{"key": true, "field": "email"}])")
        << "member_type_invalid"
        << "error"
        << "/extra_values_mapping/0/key";
    QTest::newRow("member_type_invalid: regex number")
        << config(R"("custom_fields": [{"key": "a", "label": "A", "type": "string", "regex": 5}])")
        << "member_type_invalid"
        << "error"
        << "/custom_fields/0/regex";
    QTest::newRow("unknown_member: top level") << config(R"("jwt_key": [])") << "unknown_member"
                                               << "warning"
                                               << "/jwt_key";
    QTest::newRow("unknown_member: in a key")
        << requireWithKeys(
               R"({"id": "a", "algorithm": "HS256", "secret": "9aeaf06388b8ab6487d1605b", "kid": "a"})")
        << "unknown_member"
        << "warning"
        << "/jwt_keys/0/kid";
    QTest::newRow("unknown_member: pointer escaping") << config(R"("a/b~c": 1)") << "unknown_member"
                                                      << "warning"
                                                      << "/a~1b~0c";
    QTest::newRow("signed_identities_invalid")
        << config(R"("signed_identities": "Require")") << "signed_identities_invalid"
        << "error"
        << "/signed_identities";
    QTest::newRow("accept_mode_not_recommended")
        << config(R"("signed_identities": "accept")") << "accept_mode_not_recommended"
        << "warning"
        << "/signed_identities";
    QTest::newRow("require_without_keys")
        << config(R"("signed_identities": "require")") << "require_without_keys"
        << "error"
        << "/signed_identities";
    QTest::newRow("keys_unused") << config(R"("signed_identities": "reject", "jwt_keys": [)" +
                                           hsKey("a") + "]")
                                 << "keys_unused"
                                 << "warning"
                                 << "/signed_identities";
    QTest::newRow("keys_unused: reject by default")
        << config(R"("jwt_keys": [)" + hsKey("a") + "]") << "keys_unused"
        << "warning"
        << "/signed_identities";
    QTest::newRow("custom_field_key_invalid: capital")
        << withCatalogueAndMapping(R"({"key": "Customer", "label": "C", "type": "string"})", "")
        << "custom_field_key_invalid"
        << "error"
        << "/custom_fields/0/key";
    QTest::newRow("custom_field_key_invalid: empty")
        << withCatalogueAndMapping(R"({"key": "", "label": "C", "type": "string"})", "")
        << "custom_field_key_invalid"
        << "error"
        << "/custom_fields/0/key";
    QTest::newRow("custom_field_duplicate")
        << withCatalogueAndMapping(
               R"({"key": "a", "label": "A", "type": "string"}, {"key": "a", "label": "B", "type": "string"})",
               "")
        << "custom_field_duplicate"
        << "error"
        << "/custom_fields/1/key";
    QTest::newRow("custom_field_regex_invalid")
        << withCatalogueAndMapping(
               R"({"key": "a", "label": "A", "type": "string", "regex": "^(C"})", "")
        << "custom_field_regex_invalid"
        << "error"
        << "/custom_fields/0/regex";
    QTest::newRow("mapping_key_empty")
        << withCatalogueAndMapping("", R"({"key": "", "field": "email"})") << "mapping_key_empty"
        << "error"
        << "/extra_values_mapping/0/key";
    QTest::newRow("mapping_key_empty: missing")
        << withCatalogueAndMapping("", R"({"field": "email"})") << "mapping_key_empty"
        << "error"
        << "/extra_values_mapping/0/key";
    QTest::newRow("mapping_key_whitespace: leading")
        << withCatalogueAndMapping("", R"({"key": " phone", "field": "email"})")
        << "mapping_key_whitespace"
        << "error"
        << "/extra_values_mapping/0/key";
    QTest::newRow("mapping_key_whitespace: trailing tab")
        << withCatalogueAndMapping("", R"({"key": "phone\t", "field": "email"})")
        << "mapping_key_whitespace"
        << "error"
        << "/extra_values_mapping/0/key";
    QTest::newRow("mapping_key_duplicate")
        << withCatalogueAndMapping(
               "", R"({"key": "a", "field": "email"}, {"key": "a", "field": "notes"})")
        << "mapping_key_duplicate"
        << "error"
        << "/extra_values_mapping/1/key";
    QTest::newRow("mapping_field_unknown: name")
        << withCatalogueAndMapping("", R"({"key": "a", "field": "phone"})")
        << "mapping_field_unknown"
        << "error"
        << "/extra_values_mapping/0/field";
    QTest::newRow("mapping_field_unknown: not in catalogue")
        << withCatalogueAndMapping("", R"({"key": "a", "field": "custom_field:nope"})")
        << "mapping_field_unknown"
        << "error"
        << "/extra_values_mapping/0/field";
    QTest::newRow("mapping_field_unknown: missing")
        << withCatalogueAndMapping("", R"({"key": "a"})") << "mapping_field_unknown"
        << "error"
        << "/extra_values_mapping/0/field";
    QTest::newRow("mapping_field_duplicate")
        << withCatalogueAndMapping(
               "", R"({"key": "a", "field": "email"}, {"key": "b", "field": "email"})")
        << "mapping_field_duplicate"
        << "warning"
        << "/extra_values_mapping/1/field";
    QTest::newRow("uuid_field_without_regex: predefined")
        << withCatalogueAndMapping("", R"({"key": "uuid", "field": "notes"})")
        << "uuid_field_without_regex"
        << "warning"
        << "/extra_values_mapping/0/field";
    QTest::newRow("uuid_field_without_regex: custom without regex")
        << withCatalogueAndMapping(R"({"key": "c", "label": "C", "type": "string"})",
                                   R"({"key": "uuid", "field": "custom_field:c"})")
        << "uuid_field_without_regex"
        << "warning"
        << "/extra_values_mapping/0/field";
    // An empty regex matches everything: it guards the field no better than no regex.
    QTest::newRow("uuid_field_without_regex: custom with empty regex")
        << withCatalogueAndMapping(R"({"key": "c", "label": "C", "type": "string", "regex": ""})",
                                   R"({"key": "uuid", "field": "custom_field:c"})")
        << "uuid_field_without_regex"
        << "warning"
        << "/extra_values_mapping/0/field";
    QTest::newRow("key_id_invalid: capital") << requireWithKeys(hsKey("Prod")) << "key_id_invalid"
                                             << "error"
                                             << "/jwt_keys/0/id";
    QTest::newRow("key_id_invalid: space") << requireWithKeys(hsKey("a b")) << "key_id_invalid"
                                           << "error"
                                           << "/jwt_keys/0/id";
    QTest::newRow("key_id_invalid: empty") << requireWithKeys(hsKey("")) << "key_id_invalid"
                                           << "error"
                                           << "/jwt_keys/0/id";
    QTest::newRow("key_id_invalid: accent")
        << requireWithKeys(hsKey("cl\xc3\xa9")) << "key_id_invalid"
        << "error"
        << "/jwt_keys/0/id";
    QTest::newRow("key_id_duplicate")
        << requireWithKeys(hsKey("a") + ", " + hsKey("a", otherSecret)) << "key_id_duplicate"
        << "error"
        << "/jwt_keys/1/id";
    QTest::newRow("key_algorithm_invalid: lowercase")
        << requireWithKeys(
               R"({"id": "a", "algorithm": "hs256", "secret": "9aeaf06388b8ab6487d1605b"})")
        << "key_algorithm_invalid"
        << "error"
        << "/jwt_keys/0/algorithm";
    QTest::newRow("key_algorithm_invalid: none")
        << requireWithKeys(R"({"id": "a", "algorithm": "none"})") << "key_algorithm_invalid"
        << "error"
        << "/jwt_keys/0/algorithm";
    QTest::newRow("hmac_secret_invalid: 23 characters")
        << requireWithKeys(hsKey("a", "9aeaf06388b8ab6487d1605")) << "hmac_secret_invalid"
        << "error"
        << "/jwt_keys/0/secret";
    QTest::newRow("hmac_secret_invalid: 25 characters")
        << requireWithKeys(hsKey("a", "9aeaf06388b8ab6487d1605bb")) << "hmac_secret_invalid"
        << "error"
        << "/jwt_keys/0/secret";
    QTest::newRow("hmac_secret_invalid: capitals")
        << requireWithKeys(hsKey("a", "9AEAF06388B8AB6487D1605B")) << "hmac_secret_invalid"
        << "error"
        << "/jwt_keys/0/secret";
    QTest::newRow("hmac_secret_invalid: not hex")
        << requireWithKeys(hsKey("a", "9aeaf06388b8ab6487d1605g")) << "hmac_secret_invalid"
        << "error"
        << "/jwt_keys/0/secret";
    QTest::newRow("hmac_secret_invalid: null")
        << requireWithKeys(R"({"id": "a", "algorithm": "HS256", "secret": null})")
        << "hmac_secret_invalid"
        << "error"
        << "/jwt_keys/0/secret";
    QTest::newRow("hmac_secret_invalid: missing")
        << requireWithKeys(R"({"id": "a", "algorithm": "HS256"})") << "hmac_secret_invalid"
        << "error"
        << "/jwt_keys/0/secret";
    QTest::newRow("hmac_secret_reused")
        << requireWithKeys(hsKey("a") + ", " + hsKey("b")) << "hmac_secret_reused"
        << "warning"
        << "/jwt_keys/1/secret";
    QTest::newRow("rsa_public_key_invalid: missing")
        << requireWithKeys(R"({"id": "a", "algorithm": "RS256"})") << "rsa_public_key_invalid"
        << "error"
        << "/jwt_keys/0/public_key";
    QTest::newRow("rsa_public_key_invalid: not PEM")
        << requireWithKeys(rsKey("a", "hello")) << "rsa_public_key_invalid"
        << "error"
        << "/jwt_keys/0/public_key";
    QTest::newRow("rsa_public_key_invalid: damaged")
        << requireWithKeys(rsKey("a", QByteArray(rsa).replace("MII", "M!I")))
        << "rsa_public_key_invalid"
        << "error"
        << "/jwt_keys/0/public_key";
    QTest::newRow("rsa_private_key")
        << requireWithKeys(rsKey("a", m_keys.rsaPrivateKey())) << "rsa_private_key"
        << "error"
        << "/jwt_keys/0/public_key";
    QTest::newRow("rsa_private_key: EC")
        << requireWithKeys(rsKey("a", m_keys.ecPrivateKey())) << "rsa_private_key"
        << "error"
        << "/jwt_keys/0/public_key";
    QTest::newRow("rsa_key_is_certificate")
        << requireWithKeys(rsKey("a", m_keys.selfSignedCertificate())) << "rsa_key_is_certificate"
        << "error"
        << "/jwt_keys/0/public_key";
    QTest::newRow("rsa_wrong_key_type")
        << requireWithKeys(rsKey("a", m_keys.ecPublicKey())) << "rsa_wrong_key_type"
        << "error"
        << "/jwt_keys/0/public_key";
    QTest::newRow("rsa_key_unusable: exponent 1")
        << requireWithKeys(rsKey("a", handMadeRsaPublicKey(oddModulus(2048), derInteger("\x01"))))
        << "rsa_key_unusable"
        << "error"
        << "/jwt_keys/0/public_key";
    QTest::newRow("rsa_weak_key") << requireWithKeys(rsKey("a", m_keys.rsaPublicKey(1024)))
                                  << "rsa_weak_key"
                                  << "warning"
                                  << "/jwt_keys/0/public_key";
    QTest::newRow("rsa_key_reused: same form")
        << requireWithKeys(rsKey("a", rsa) + ", " + rsKey("b", rsa)) << "rsa_key_reused"
        << "warning"
        << "/jwt_keys/1/public_key";
    QTest::newRow("rsa_key_reused: SPKI and PKCS#1")
        << requireWithKeys(rsKey("a", rsa) + ", " + rsKey("b", m_keys.rsaPkcs1PublicKey()))
        << "rsa_key_reused"
        << "warning"
        << "/jwt_keys/1/public_key";
}

void TestConfigValidation::reportsEachCodeWithSeverityAndPath()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    QFETCH(QString, path);

    const ConfigLoadResult result = ConfigFile::load(document);
    const auto found = std::find_if(
        result.diagnostics.cbegin(), result.diagnostics.cend(),
        [&](const Diagnostic& d) { return diagnosticCodeName(d.code) == code && d.path == path; });
    QVERIFY2(found != result.diagnostics.cend(),
             qPrintable(QStringLiteral("expected %1 at \"%2\", got:\n%3")
                            .arg(code, path, describe(result.diagnostics))));
    QCOMPARE(severityName(found->severity()), severity);
    QVERIFY2(!found->message.isEmpty() && found->message.endsWith(QLatin1Char('.')),
             qPrintable(found->message));
    QCOMPARE(result.isValid(), !hasErrors(result.diagnostics) && result.config.has_value());
}

void TestConfigValidation::acceptsValidConfigurations_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("header only") << config("");
    QTest::newRow("require with HS256") << requireWithKeys(hsKey("prod_1"));
    QTest::newRow("require with RS256 SPKI")
        << requireWithKeys(rsKey("rsa_2026", m_keys.rsaPublicKey()));
    QTest::newRow("require with RS256 PKCS#1")
        << requireWithKeys(rsKey("rsa", m_keys.rsaPkcs1PublicKey()));
    QTest::newRow("rotation: two HS256 keys")
        << requireWithKeys(hsKey("old") + ", " + hsKey("new", otherSecret));
    QTest::newRow("uuid to custom field with regex") << withCatalogueAndMapping(
        R"({"key": "customer_id", "label": "C", "type": "string", "regex": "^C[0-9]{8}$"})",
        R"({"key": "uuid", "field": "custom_field:customer_id"}, {"key": "cell", "field": "mobile_phone"})");
    QTest::newRow("redacted secret is null, reject without keys")
        << config(R"("signed_identities": "reject")");
}

void TestConfigValidation::acceptsValidConfigurations()
{
    QFETCH(QByteArray, document);
    const ConfigLoadResult result = ConfigFile::load(document);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QVERIFY(result.isValid());
}

void TestConfigValidation::bundledValidExampleHasNoDiagnostics()
{
    const ConfigLoadResult result =
        ConfigFile::load(readExample(QStringLiteral("website-chat.json")));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(result.config->signedIdentities, QStringLiteral("require"));
    QCOMPARE(result.config->jwtKeys.size(), 2);
}

void TestConfigValidation::bundledProblemExampleShowsSeveralDiagnostics()
{
    const ConfigLoadResult result =
        ConfigFile::load(readExample(QStringLiteral("needs-attention.json")));
    QStringList codes;
    for (const Diagnostic& diagnostic : result.diagnostics)
        codes << diagnosticCodeName(diagnostic.code);
    const QStringList expected{QStringLiteral("accept_mode_not_recommended"),
                               QStringLiteral("mapping_key_whitespace"),
                               QStringLiteral("mapping_field_duplicate"),
                               QStringLiteral("uuid_field_without_regex"),
                               QStringLiteral("mapping_field_unknown"),
                               QStringLiteral("key_id_invalid"),
                               QStringLiteral("hmac_secret_invalid"),
                               QStringLiteral("rsa_weak_key"),
                               QStringLiteral("unknown_member")};
    QCOMPARE(codes, expected);
    QVERIFY(!result.isValid());
}

void TestConfigValidation::listsDiagnosticsInDocumentOrder()
{
    // Members in an unusual order: the diagnostics follow the text, not the specification.
    const QByteArray document = R"({"jwt_keys": [{"id": "B", "algorithm": "HS256", "secret": "x"}],
        "signed_identities": "maybe", "format": "engage-messaging-community", "version": 1})";
    const ConfigLoadResult result = ConfigFile::load(document);
    QStringList paths;
    for (const Diagnostic& diagnostic : result.diagnostics)
        paths << diagnostic.path;
    QCOMPARE(paths,
             (QStringList{QStringLiteral("/jwt_keys/0/id"), QStringLiteral("/jwt_keys/0/secret"),
                          QStringLiteral("/signed_identities")}));
    QCOMPARE(result.diagnostics.constFirst().position.line, 1);
    QCOMPARE(result.diagnostics.constLast().position.line, 2);
}

void TestConfigValidation::doesNotRepeatATypeErrorAsAValueError()
{
    const ConfigLoadResult result = ConfigFile::load(requireWithKeys(
        R"({"id": 3, "algorithm": "HS256", "secret": "9aeaf06388b8ab6487d1605b"}, 7)"));
    QCOMPARE(result.diagnostics.size(), 2);
    QCOMPARE(result.diagnostics[0].code, DiagnosticCode::MemberTypeInvalid);
    QCOMPARE(result.diagnostics[0].path, QStringLiteral("/jwt_keys/0/id"));
    QCOMPARE(result.diagnostics[1].code, DiagnosticCode::MemberTypeInvalid);
    QCOMPARE(result.diagnostics[1].path, QStringLiteral("/jwt_keys/1"));
}

void TestConfigValidation::neverQuotesASecretInAMessage()
{
    const QByteArray secrets[] = {"9AEAF06388B8AB6487D1605B", "9aeaf06388b8ab6487d1605",
                                  "zzzzzzzzzzzzzzzzzzzzzzzz"};
    for (const QByteArray& secret : secrets) {
        const ConfigLoadResult result =
            ConfigFile::load(requireWithKeys(hsKey("a", secret) + ", " + hsKey("b", secret)));
        QVERIFY(!result.diagnostics.isEmpty());
        for (const Diagnostic& diagnostic : result.diagnostics)
            QVERIFY2(!diagnostic.message.contains(QString::fromLatin1(secret), Qt::CaseInsensitive),
                     qPrintable(diagnostic.message));
    }
}

void TestConfigValidation::refusesHostileDocumentsWithAParseError_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << "line 1, column 1";
    QTest::newRow("truncated")
        << QByteArray("{\n  \"format\": \"engage-messaging-community\",\n  \"version\": 1,\n")
        << "line 4";
    QTest::newRow("invalid UTF-8") << QByteArray("{\"format\": \"\xff\"}") << "line 1, column 13";
    QTest::newRow("NUL byte") << QByteArray("{\"format\"\0: 1}", 14) << "line 1, column 10";
    QTest::newRow("10,000 nested arrays")
        << QByteArray(10000, '[') + QByteArray(10000, ']') << "line 1";
    QTest::newRow("duplicate member") << QByteArray(R"({"version": 1, "version": 2})") << "version";
    QTest::newRow("a string") << QByteArray(R"("engage")") << "not an object";
}

void TestConfigValidation::refusesHostileDocumentsWithAParseError()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, messagePart);
    const ConfigLoadResult result = ConfigFile::load(document);
    QVERIFY(!result.config);
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics[0].code, DiagnosticCode::ConfigParseError);
    QCOMPARE(result.diagnostics[0].path, QString());
    QVERIFY2(result.diagnostics[0].message.contains(messagePart),
             qPrintable(result.diagnostics[0].message));
}

void TestConfigValidation::keepsInvalidValuesInTheModel()
{
    const ConfigLoadResult result = ConfigFile::load(config(
        R"("signed_identities": "maybe", "extra_values_mapping": [{"key": " x", "field": "nowhere"}],
                  "jwt_keys": [{"id": "Bad Id", "algorithm": "HS512", "secret": "short"}])"));
    QVERIFY(result.config);
    QCOMPARE(result.config->signedIdentities, QStringLiteral("maybe"));
    QCOMPARE(result.config->extraValuesMapping.value(0).key, QStringLiteral(" x"));
    QCOMPARE(result.config->extraValuesMapping.value(0).field, QStringLiteral("nowhere"));
    QCOMPARE(result.config->jwtKeys.value(0).id, QStringLiteral("Bad Id"));
    QCOMPARE(result.config->jwtKeys.value(0).algorithm, QStringLiteral("HS512"));
    QCOMPARE(result.config->jwtKeys.value(0).secret,
             std::optional<QString>(QStringLiteral("short")));
}

void TestConfigValidation::reportsDegenerateRsaKeysAsUnusable_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("problem");
    for (const DegenerateRsaKey& key : degenerateRsaKeys())
        QTest::newRow(key.name) << key.pem << key.problem;
}

// One error each, the key's own: a 511-bit key is unusable, not also weak.
void TestConfigValidation::reportsDegenerateRsaKeysAsUnusable()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, problem);

    const ConfigLoadResult result = ConfigFile::load(requireWithKeys(rsKey("rsa", pem)));
    QCOMPARE(describe(result.diagnostics),
             QStringLiteral("rsa_key_unusable /jwt_keys/0/public_key: This RSA public key cannot "
                            "be used: %1.")
                 .arg(problem));
    QCOMPARE(severityOf(DiagnosticCode::RsaKeyUnusable), Severity::Error);
    QVERIFY(!result.isValid());
}

void TestConfigValidation::drawsTheBorderBetweenUnusableAndWeakRsaKeys()
{
    const ConfigLoadResult under = ConfigFile::load(
        requireWithKeys(rsKey("rsa", handMadeRsaPublicKey(oddModulus(511), exponent65537()))));
    QCOMPARE(describe(under.diagnostics),
             QStringLiteral("rsa_key_unusable /jwt_keys/0/public_key: This RSA public key cannot "
                            "be used: its modulus has only 511 bits; an RSA key needs at least "
                            "512, and 2048 are recommended."));
    const ConfigLoadResult at = ConfigFile::load(
        requireWithKeys(rsKey("rsa", handMadeRsaPublicKey(oddModulus(512), exponent65537()))));
    QCOMPARE(describe(at.diagnostics),
             QStringLiteral("rsa_weak_key /jwt_keys/0/public_key: This RSA key has only 512 "
                            "bits; use a key of at least 2048 bits."));
    QVERIFY(at.isValid());
    const ConfigLoadResult largest = ConfigFile::load(
        requireWithKeys(rsKey("rsa", handMadeRsaPublicKey(oddModulus(16384), exponent65537()))));
    QCOMPARE(describe(largest.diagnostics), QStringLiteral("(no diagnostics)"));
}

void TestConfigValidation::refusesTwoPemBlocksInOneKey()
{
    const QByteArray rsa = m_keys.rsaPublicKey();
    const ConfigLoadResult result =
        ConfigFile::load(requireWithKeys(rsKey("rsa", m_keys.selfSignedCertificate() + rsa)));
    QCOMPARE(describe(result.diagnostics),
             QStringLiteral("rsa_public_key_invalid /jwt_keys/0/public_key: This is not a usable "
                            "PEM public key: the text holds 2 PEM blocks; which one was meant is "
                            "unknown: keep only the public key."));
}

void TestConfigValidation::namesTheWrongKeyTypeWithItsArticle_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("EC") << m_keys.ecPublicKey() << QStringLiteral("an EC key");
    const QByteArray ed25519 = m_keys.run(
        {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ED25519")});
    QTest::newRow("Ed25519") << m_keys.run({QStringLiteral("pkey"), QStringLiteral("-pubout")},
                                           ed25519)
                             << QStringLiteral("an Ed25519 key");
}

void TestConfigValidation::namesTheWrongKeyTypeWithItsArticle()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, phrase);
    const ConfigLoadResult result = ConfigFile::load(requireWithKeys(rsKey("k", pem)));
    QCOMPARE(describe(result.diagnostics),
             QStringLiteral("rsa_wrong_key_type /jwt_keys/0/public_key: This public key is %1; "
                            "RS256 needs an RSA public key.")
                 .arg(phrase));
}

QTEST_GUILESS_MAIN(TestConfigValidation)
#include "test_config_validation.moc"

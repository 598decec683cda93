// Reading and writing configuration files: the canonical form, round trips, redaction,
// permissions and atomic replacement.

#include "config/config_file.h"
#include "config/config_reader.h"
#include "config/config_writer.h"
#include "config/pull_target.h"
#include "config/unknown_members.h"
#include "json/json_writer.h"
#include "support/openssl_fixtures.h"
#include "support/sample_config.h"
#include "support/test_files.h"
#include "support/unknown_members_text.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace engage;

namespace {

// The sample with a community whose name JSON must escape.
CommunityConfig sampleWithCommunity()
{
    CommunityConfig config = sampleConfig();
    config.community = {QStringLiteral("5f0c0a1b2c3d4e5f60718293"),
                        QStringLiteral("Caf\u00e9 \"chat\""),
                        QStringLiteral("https://acme.api.digital.ringcentral.com/1.0")};
    return config;
}

} // namespace

class TestConfigFile : public QObject
{
    Q_OBJECT

private slots:
    void holdsConfigurationOnlyWithThisFormatAndVersion_data();
    void holdsConfigurationOnlyWithThisFormatAndVersion();
    void writesTheCanonicalForm();
    void writesEmptyListsAndNoCommunityWhenThereIsNone();
    void roundTripKeepsEveryValue();
    void canonicalExportIsIdempotent_data();
    void canonicalExportIsIdempotent();
    void redactionWritesNullSecrets();
    void neverWritesAPrivateKey();
    void fileWithSecretsIsOwnerOnly();
    void fileWithoutSecretsKeepsUsualPermissions();
    void failedWriteLeavesTheOldFileIntact();
    void readingADirectoryIsAnError();
    void readingStopsPastTheSizeCap();
    void unknownMembersAtEveryLevelRoundTripInOrder();
    void unknownMembersAreWrittenAfterTheKnownOnes();
    void unknownMembersAreWarnedOfOneByOne();
    void unknownMemberHoldingAPrivateKeyIsNeverWritten();
    void pulledConfigurationTakesTheUnknownMembersOfTheFileItReplaces();
    void pulledConfigurationTakesTheRegexesOfTheFileItReplaces();
    void pullTargetIsRefusedWhenPartOfItCouldNotBeRead_data();
    void pullTargetIsRefusedWhenPartOfItCouldNotBeRead();
    void pullTargetIsAcceptedWhenAllOfItCanBeCarriedOver_data();
    void pullTargetIsAcceptedWhenAllOfItCanBeCarriedOver();
    void tooLargeFileIsReportedWithItsRealSize();
    void savingRefusesANamedPipeAndLeavesItAlone();
    void savingThroughASymbolicLinkReplacesItsTarget();
    void notWrittenAsReadNamesWhatTheCanonicalFormWouldChange_data();
    void notWrittenAsReadNamesWhatTheCanonicalFormWouldChange();
    void savingRefusesALoopOfSymbolicLinks();

private:
    QTemporaryDir m_dir;
};

void TestConfigFile::holdsConfigurationOnlyWithThisFormatAndVersion_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("holds");

    const QByteArray head = R"({"format":"engage-messaging-community","version":)";
    QTest::newRow("format and version") << head + "1}" << true;
    QTest::newRow("with invalid values still is one")
        << head + R"(1,"signed_identities":"maybe"})" << true;
    QTest::newRow("another version") << head + "2}" << false;
    QTest::newRow("an empty object") << QByteArray("{}") << false;
    QTest::newRow("a package.json") << QByteArray(R"({"name":"site","version":"1.0.0"})") << false;
    QTest::newRow("an array") << QByteArray("[]") << false;
    QTest::newRow("not JSON") << QByteArray("format: 1") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestConfigFile::holdsConfigurationOnlyWithThisFormatAndVersion()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, holds);

    QCOMPARE(ConfigFile::load(json).holdsConfiguration(), holds);
}

void TestConfigFile::writesTheCanonicalForm()
{
    const QByteArray expected = R"({
  "format": "engage-messaging-community",
  "version": 1,
  "community": {
    "id": "5f0c0a1b2c3d4e5f60718293",
    "name": "Café \"chat\"",
    "server": "https://acme.api.digital.ringcentral.com/1.0"
  },
  "signed_identities": "require",
  "custom_fields": [
    {
      "key": "customer_id",
      "label": "Customer id",
      "type": "string",
      "regex": "^C[0-9]{8}$"
    }
  ],
  "extra_values_mapping": [
    {
      "key": "cell_number",
      "field": "mobile_phone"
    },
    {
      "key": "uuid",
      "field": "custom_field:customer_id"
    }
  ],
  "jwt_keys": [
    {
      "id": "prod",
      "algorithm": "HS256",
      "secret": "9aeaf06388b8ab6487d1605b"
    }
  ]
}
)";
    QCOMPARE(canonicalJson(sampleWithCommunity()), expected);
}

void TestConfigFile::writesEmptyListsAndNoCommunityWhenThereIsNone()
{
    const QByteArray expected = R"({
  "format": "engage-messaging-community",
  "version": 1,
  "signed_identities": "reject",
  "custom_fields": [],
  "extra_values_mapping": [],
  "jwt_keys": []
}
)";
    QCOMPARE(canonicalJson(CommunityConfig()), expected);
}

void TestConfigFile::roundTripKeepsEveryValue()
{
    CommunityConfig config = sampleWithCommunity();
    config.jwtKeys.append(
        {QStringLiteral("rsa"), JwtAlgorithm::rs256, std::nullopt,
         QStringLiteral("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")});
    config.extraValuesMapping.append(
        {QStringLiteral("tab\tand\u0001control"), QStringLiteral("notes")});
    const QString path = m_dir.filePath(QStringLiteral("round-trip.json"));
    QCOMPARE(ConfigFile::save(path, config), std::nullopt);

    const ConfigLoadResult loaded = ConfigFile::load(readAll(path));
    QVERIFY(loaded.config);
    QCOMPARE(*loaded.config, config);
}

void TestConfigFile::canonicalExportIsIdempotent_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("valid example") << QStringLiteral("website-chat.json");
    QTest::newRow("example with problems") << QStringLiteral("needs-attention.json");
}

void TestConfigFile::canonicalExportIsIdempotent()
{
    QFETCH(QString, example);
    const ConfigLoadResult original =
        ConfigFile::load(readAll(QStringLiteral(ENGAGE_EXAMPLES_DIR "/") + example));
    QVERIFY(original.config);
    const QByteArray first = canonicalJson(*original.config);
    const ConfigLoadResult reread = ConfigFile::load(first);
    QVERIFY(reread.config);
    QCOMPARE(canonicalJson(*reread.config), first);
}

void TestConfigFile::redactionWritesNullSecrets()
{
    const QString path = m_dir.filePath(QStringLiteral("redacted.json"));
    QCOMPARE(ConfigFile::save(path, sampleWithCommunity(), SaveOptions{true}), std::nullopt);
    const QByteArray written = readAll(path);
    QVERIFY(written.contains(R"("secret": null)"));
    QVERIFY(!written.contains("9aeaf06388b8ab6487d1605b"));
    const ConfigLoadResult reread = ConfigFile::load(written);
    QCOMPARE(reread.config->jwtKeys.value(0).secret, std::nullopt);
}

void TestConfigFile::neverWritesAPrivateKey()
{
    OpensslFixtures keys;
    CommunityConfig config = sampleWithCommunity();
    config.jwtKeys.append({QStringLiteral("rsa"), JwtAlgorithm::rs256, std::nullopt,
                           QString::fromLatin1(keys.rsaPrivateKey())});
    const QByteArray written = canonicalJson(config);
    QVERIFY(!written.contains("PRIVATE KEY"));
    QVERIFY(written.contains(R"("id": "rsa")"));
}

void TestConfigFile::fileWithSecretsIsOwnerOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("secrets.json"));
    writeAll(path, "{}"); // an existing, world-readable file must become private too
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther |
                                    QFile::ReadGroup);
    QCOMPARE(ConfigFile::save(path, sampleWithCommunity()), std::nullopt);
    const QFile::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    const QFile::Permissions othersAndGroup = QFile::ReadGroup | QFile::WriteGroup |
                                              QFile::ExeGroup | QFile::ReadOther |
                                              QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(permissions & othersAndGroup, QFile::Permissions());
}

void TestConfigFile::fileWithoutSecretsKeepsUsualPermissions()
{
    const QString path = m_dir.filePath(QStringLiteral("public.json"));
    const mode_t previousMask = ::umask(022);
    const std::optional<QString> error =
        ConfigFile::save(path, sampleWithCommunity(), SaveOptions{true});
    ::umask(previousMask);
    QCOMPARE(error, std::nullopt);
    QVERIFY(QFileInfo(path).permissions().testFlags(QFile::ReadOwner | QFile::WriteOwner |
                                                    QFile::ReadOther));
}

void TestConfigFile::failedWriteLeavesTheOldFileIntact()
{
    // A path whose parent is a regular file can never be created, whoever runs the test.
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-directory"));
    writeAll(blocker, "old contents");
    const std::optional<QString> error =
        ConfigFile::save(blocker + QStringLiteral("/config.json"), sampleWithCommunity());
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("not-a-directory/config.json")), qPrintable(*error));
    QCOMPARE(readAll(blocker), QByteArray("old contents"));
}

void TestConfigFile::readingADirectoryIsAnError()
{
    const BoundedInput input = ConfigFile::readBytes(m_dir.path());
    QVERIFY(input.error);
    QVERIFY2(input.error->contains(m_dir.path()) &&
                 input.error->contains(QStringLiteral("directory")),
             qPrintable(*input.error));
}

void TestConfigFile::readingStopsPastTheSizeCap()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(17 * 1024 * 1024));
    file.close();
    const BoundedInput input = ConfigFile::readBytes(path);
    QVERIFY(!input.error);
    QCOMPARE(input.bytes.size(), maxConfigFileSize + 1);
    QCOMPARE(ConfigFile::load(input.bytes).diagnostics.value(0).code,
             DiagnosticCode::ConfigTooLarge);
}

// docs/file-format.md, nothing read is lost: a typo at the top level, a newer version's members in
// the community, a custom field, a row and a key, with numbers, escaped strings, nested objects and
// arrays, come back byte for byte from a file already in the canonical form.
void TestConfigFile::unknownMembersAtEveryLevelRoundTripInOrder()
{
    const QByteArray canonical = R"({
  "format": "engage-messaging-community",
  "version": 1,
  "community": {
    "id": "c1",
    "name": "Chat",
    "server": "https://example.test/1.0",
    "region": "eu"
  },
  "signed_identities": "reject",
  "custom_fields": [
    {
      "key": "customer_id",
      "label": "Customer id",
      "type": "string",
      "max_length": 9
    }
  ],
  "extra_values_mapping": [
    {
      "key": "cell_number",
      "field": "mobile_phone",
      "note": "the \"app\" \\ \n\u001b é 😀"
    },
    {
      "key": "email",
      "field": "email"
    }
  ],
  "jwt_keys": [
    {
      "id": "prod",
      "algorithm": "HS256",
      "secret": null,
      "rotation": {
        "every": 1.50e+3,
        "big": 123456789012345678901234567890,
        "tags": [
          "a",
          [],
          {},
          null,
          false
        ]
      }
    }
  ],
  "extra_value_mapping": [
    {
      "key": "customer_id",
      "field": "custom_field:customer_id"
    },
    {
      "key": "cell",
      "field": "home_phone"
    }
  ],
  "zeta": -0,
  "alpha": true
}
)";
    const ConfigLoadResult loaded = ConfigFile::load(canonical);
    QVERIFY(loaded.config);
    const CommunityConfig& config = *loaded.config;
    QCOMPARE(config.unknownMembers.size(), std::size_t(3));
    QCOMPARE(config.unknownMembers[0].first, QStringLiteral("extra_value_mapping"));
    QCOMPARE(config.unknownMembers[1].first, QStringLiteral("zeta"));
    QCOMPARE(config.unknownMembers[2].first, QStringLiteral("alpha"));
    QCOMPARE(config.extraValuesMapping.at(0).unknownMembers.at(0).second.text(),
             QStringLiteral("the \"app\" \\ \n\u001b \u00e9 \U0001F600"));
    QVERIFY(config.extraValuesMapping.at(1).unknownMembers.empty());
    QCOMPARE(config.jwtKeys.at(0).secret, std::nullopt);

    QCOMPARE(canonicalJson(config), canonical);
    const QString path = m_dir.filePath(QStringLiteral("unknown-members.json"));
    QCOMPARE(ConfigFile::save(path, config), std::nullopt);
    QCOMPARE(readAll(path), canonical);
}

void TestConfigFile::unknownMembersAreWrittenAfterTheKnownOnes()
{
    // Unknown members first and the text compact, escapes written the long way: the writer
    // puts them after the known members of their object, in the order read, values unchanged.
    const QByteArray compact =
        R"({"later":{"b":[1,2.5e-3]},"version":1,"format":"engage-messaging-community",)"
        R"("community":{"x":"\u0041\t","id":"c"},"jwt_keys":[{"kid_typo":"k",)"
        R"("secret":"9aeaf06388b8ab6487d1605b","algorithm":"HS256","id":"k"}],"first":[]})";
    const QByteArray expected = R"({
  "format": "engage-messaging-community",
  "version": 1,
  "community": {
    "id": "c",
    "name": "",
    "server": "",
    "x": "A\t"
  },
  "signed_identities": "reject",
  "custom_fields": [],
  "extra_values_mapping": [],
  "jwt_keys": [
    {
      "id": "k",
      "algorithm": "HS256",
      "secret": "9aeaf06388b8ab6487d1605b",
      "kid_typo": "k"
    }
  ],
  "later": {
    "b": [
      1,
      2.5e-3
    ]
  },
  "first": []
}
)";
    const ConfigLoadResult loaded = ConfigFile::load(compact);
    QVERIFY(loaded.config);
    const QByteArray written = canonicalJson(*loaded.config);
    QCOMPARE(written, expected);
    // Still one valid configuration: read again, the same value and the same bytes.
    const ConfigLoadResult reread = ConfigFile::load(written);
    QVERIFY(reread.config);
    QCOMPARE(*reread.config, *loaded.config);
    QCOMPARE(canonicalJson(*reread.config), expected);
}

void TestConfigFile::unknownMembersAreWarnedOfOneByOne()
{
    const ConfigLoadResult loaded = ConfigFile::load(
        R"({"format": "engage-messaging-community", "version": 1, "community": {"id": "c", "x": 1},
            "extra_values_mapping": [{"key": "a", "field": "email", "y": 2}],
            "extra_value_mapping": []})");
    QStringList unknown;
    for (const Diagnostic& diagnostic : loaded.diagnostics) {
        if (diagnostic.code == DiagnosticCode::UnknownMember)
            unknown << diagnostic.path;
    }
    QCOMPARE(unknown, (QStringList{QStringLiteral("/community/x"),
                                   QStringLiteral("/extra_values_mapping/0/y"),
                                   QStringLiteral("/extra_value_mapping")}));
}

void TestConfigFile::unknownMemberHoldingAPrivateKeyIsNeverWritten()
{
    OpensslFixtures keys;
    QByteArray privateKey;
    appendJsonString(privateKey, QString::fromLatin1(keys.rsaPrivateKey()));
    const ConfigLoadResult loaded = ConfigFile::load(
        R"({"format": "engage-messaging-community", "version": 1, "jwt_keys": [{"id": "rsa",
            "algorithm": "RS256", "private_key": )" +
        privateKey + R"(, "rotate_after": 90}], "backup": {"keys": [)" + privateKey + R"(]}})");
    QVERIFY(loaded.config);
    const QByteArray written = canonicalJson(*loaded.config);
    QVERIFY(!written.contains("PRIVATE KEY"));
    QVERIFY(written.contains(R"("rotate_after": 90)"));
    QVERIFY(!written.contains(R"("backup")"));
    // The person is told which members will be left out, and why.
    QStringList warnings;
    for (const Diagnostic& diagnostic : loaded.diagnostics) {
        if (diagnostic.code == DiagnosticCode::UnknownMember)
            warnings << diagnostic.path + QStringLiteral(": ") + diagnostic.message;
    }
    const QString privateKeyWarning = QStringLiteral(
        "is not part of the format and holds a private key, which is never written: it will be "
        "left out. Only public keys belong in a configuration.");
    QCOMPARE(warnings.size(), 3);
    QCOMPARE(warnings.at(0),
             QStringLiteral("/jwt_keys/0/private_key: The member \"private_key\" ") +
                 privateKeyWarning);
    QVERIFY2(warnings.at(1).startsWith(QStringLiteral("/jwt_keys/0/rotate_after: The member "
                                                      "\"rotate_after\" is not part of the "
                                                      "format; it is kept")),
             qPrintable(warnings.at(1)));
    QCOMPARE(warnings.at(2), QStringLiteral("/backup: The member \"backup\" ") + privateKeyWarning);
}

void TestConfigFile::pulledConfigurationTakesTheUnknownMembersOfTheFileItReplaces()
{
    const ConfigLoadResult existing = ConfigFile::load(
        R"({"format": "engage-messaging-community", "version": 1, "typo": 1,
            "community": {"id": "c", "region": "eu"},
            "custom_fields": [{"key": "vip", "shown": true}, {"key": "gone", "x": 1}],
            "extra_values_mapping": [{"key": "a", "field": "email", "n": 1},
                                     {"key": "a", "field": "notes", "n": 2},
                                     {"key": "b", "field": "company", "n": 3}],
            "jwt_keys": [{"id": "old", "algorithm": "HS256", "secret": null, "k": "old"}]})");
    QVERIFY(existing.config);

    // What the server sends: other values, rows in another order, a key rotated, and one
    // member of its own that must win over the file's.
    CommunityConfig pulled;
    pulled.community = {QStringLiteral("c"), QStringLiteral("Chat"), QString()};
    pulled.customFields = {
        {QStringLiteral("vip"), QStringLiteral("VIP"), QStringLiteral("bool"), std::nullopt}};
    pulled.extraValuesMapping = {{QStringLiteral("b"), QStringLiteral("email")},
                                 {QStringLiteral("a"), QStringLiteral("home_phone")},
                                 {QStringLiteral("a"), QStringLiteral("notes")},
                                 {QStringLiteral("new"), QStringLiteral("notes")}};
    pulled.extraValuesMapping[0].unknownMembers = {
        {QStringLiteral("n"), JsonValue::makeString(QStringLiteral("server's"))}};
    pulled.jwtKeys = {{QStringLiteral("new"), JwtAlgorithm::hs256, std::nullopt, std::nullopt}};

    const CommunityConfig merged = withUnknownMembersCarried(pulled, *existing.config);
    QCOMPARE(unknownMembersText(merged.unknownMembers), QStringLiteral("typo=1"));
    QCOMPARE(unknownMembersText(merged.community.unknownMembers), QStringLiteral("region=\"eu\""));
    QCOMPARE(merged.customFields.size(), 1);
    QCOMPARE(unknownMembersText(merged.customFields.at(0).unknownMembers),
             QStringLiteral("shown=true"));
    QCOMPARE(unknownMembersText(merged.extraValuesMapping.at(0).unknownMembers),
             QStringLiteral("n=\"server's\""));
    // The n-th row of a key takes the n-th row's members of that key.
    QCOMPARE(unknownMembersText(merged.extraValuesMapping.at(1).unknownMembers),
             QStringLiteral("n=1"));
    QCOMPARE(unknownMembersText(merged.extraValuesMapping.at(2).unknownMembers),
             QStringLiteral("n=2"));
    QCOMPARE(unknownMembersText(merged.extraValuesMapping.at(3).unknownMembers), QString());
    // The removed key took its own with it.
    QCOMPARE(unknownMembersText(merged.jwtKeys.at(0).unknownMembers), QString());
}

void TestConfigFile::pulledConfigurationTakesTheRegexesOfTheFileItReplaces()
{
    CommunityConfig existing;
    existing.customFields = {
        {QStringLiteral("local"), QStringLiteral("L"), QStringLiteral("string"),
         QStringLiteral("^A[0-9]+$")},
        {QStringLiteral("none"), QStringLiteral("N"), QStringLiteral("string"), std::nullopt},
        {QStringLiteral("gone"), QStringLiteral("G"), QStringLiteral("string"),
         QStringLiteral("^G$")}};
    existing.customFields[0].unknownMembers = {
        {QStringLiteral("note"), JsonValue::makeString(QStringLiteral("kept"))}};

    // What the server sends: its labels, and regexes only a server other than Engage holds.
    CommunityConfig pulled;
    pulled.customFields = {{QStringLiteral("new"), QStringLiteral("New"), QStringLiteral("string"),
                            QStringLiteral("^server$")},
                           {QStringLiteral("none"), QStringLiteral("None"),
                            QStringLiteral("string"), QStringLiteral("^server$")},
                           {QStringLiteral("local"), QStringLiteral("Local"),
                            QStringLiteral("integer"), std::nullopt}};

    const PulledConfiguration merged = pulledOver(pulled, existing);
    QCOMPARE(merged.config.customFields.size(), 3);
    // A field the file does not have keeps what the server sent.
    QCOMPARE(merged.config.customFields.at(0),
             (CustomField{QStringLiteral("new"), QStringLiteral("New"), QStringLiteral("string"),
                          QStringLiteral("^server$")}));
    // A field the file has takes the file's regex, or the file's lack of one; the rest is the
    // server's, in the server's order, with the file's unknown members.
    QCOMPARE(merged.config.customFields.at(1),
             (CustomField{QStringLiteral("none"), QStringLiteral("None"), QStringLiteral("string"),
                          std::nullopt}));
    QCOMPARE(merged.config.customFields.at(2).label, QStringLiteral("Local"));
    QCOMPARE(merged.config.customFields.at(2).type, QStringLiteral("integer"));
    QCOMPARE(merged.config.customFields.at(2).regex, QStringLiteral("^A[0-9]+$"));
    QCOMPARE(unknownMembersText(merged.config.customFields.at(2).unknownMembers),
             QStringLiteral("note=\"kept\""));
    // The field the server no longer has is named, with its regex, for the caller to report.
    QCOMPARE(merged.droppedCustomFields, QList<CustomField>{existing.customFields.at(2)});
}

void TestConfigFile::pullTargetIsRefusedWhenPartOfItCouldNotBeRead_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::newRow("trailing comma")
        << QByteArray(R"({"format": "engage-messaging-community", "version": 1, "x": 1,})")
        << "config_parse_error" << QString();
    QTest::newRow("not an object") << QByteArray("[]") << "config_parse_error" << QString();
    QTest::newRow("another format")
        << QByteArray(R"({"format": "other", "version": 1})") << "format_invalid"
        << "/format";
    QTest::newRow("a newer version")
        << QByteArray(R"({"format": "engage-messaging-community", "version": 2})")
        << "version_unsupported"
        << "/version";
    QTest::newRow("regex of the wrong type")
        << QByteArray(R"({"format": "engage-messaging-community", "version": 1,
                         "custom_fields": [{"key": "a"}, {"key": "b", "regex": 7}]})")
        << "member_type_invalid"
        << "/custom_fields/1/regex";
    QTest::newRow("list of the wrong type")
        << QByteArray(R"({"format": "engage-messaging-community", "version": 1, "jwt_keys": {}})")
        << "member_type_invalid"
        << "/jwt_keys";
}

void TestConfigFile::pullTargetIsRefusedWhenPartOfItCouldNotBeRead()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(QString, path);
    const PullTarget target = readPullTarget(BoundedInput{text, std::nullopt, std::nullopt});
    QVERIFY(!target.config);
    QCOMPARE(target.problems.size(), 1);
    QCOMPARE(diagnosticCodeName(target.problems.at(0).code), code);
    QCOMPARE(target.problems.at(0).path, path);
}

void TestConfigFile::pullTargetIsAcceptedWhenAllOfItCanBeCarriedOver_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("no bytes") << QByteArray();
    QTest::newRow("an empty configuration")
        << QByteArray(R"({"format": "engage-messaging-community", "version": 1})");
    // Errors of value, warnings and unknown members lose nothing: all of it is carried over.
    QTest::newRow("invalid values")
        << QByteArray(R"({"format": "engage-messaging-community", "version": 1, "typo": 1,
                         "signed_identities": "sometimes", "custom_fields": [{"key": "a b"}]})");
}

void TestConfigFile::pullTargetIsAcceptedWhenAllOfItCanBeCarriedOver()
{
    QFETCH(QByteArray, text);
    const PullTarget target = readPullTarget(BoundedInput{text, std::nullopt, std::nullopt});
    QVERIFY(target.config);
    QCOMPARE(target.problems, Diagnostics());
}

void TestConfigFile::tooLargeFileIsReportedWithItsRealSize()
{
    const QString path = m_dir.filePath(QStringLiteral("sparse.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(17 * 1024 * 1024)); // sparse: no disk space taken
    file.close();
    const ConfigLoadResult loaded = ConfigFile::load(ConfigFile::readBytes(path));
    QCOMPARE(loaded.diagnostics.size(), 1);
    QCOMPARE(loaded.diagnostics.first().code, DiagnosticCode::ConfigTooLarge);
    QCOMPARE(loaded.diagnostics.first().message,
             QStringLiteral("The file is 17825792 bytes long; a configuration may be at most "
                            "16 MiB (16777216 bytes), so it was not read."));
}

void TestConfigFile::savingRefusesANamedPipeAndLeavesItAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const std::optional<QString> error = ConfigFile::save(path, sampleWithCommunity());
    QVERIFY(error);
    QCOMPARE(*error, path + QStringLiteral(" is a named pipe (FIFO), not a regular file. Choose a "
                                           "regular file. Nothing was written."));
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
}

void TestConfigFile::savingThroughASymbolicLinkReplacesItsTarget()
{
    const QString target = m_dir.filePath(QStringLiteral("target.json"));
    const QString link = m_dir.filePath(QStringLiteral("link-to-target.json"));
    writeAll(target, "previous");
    QVERIFY(QFile::link(target, link));
    QCOMPARE(ConfigFile::save(link, sampleWithCommunity()), std::nullopt);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readAll(target), canonicalJson(sampleWithCommunity()));
}

// Through a loop the target never resolves: the atomic rename would replace the link with a
// file and report success.
void TestConfigFile::savingRefusesALoopOfSymbolicLinks()
{
    const QString first = m_dir.filePath(QStringLiteral("loop1.json"));
    const QString second = m_dir.filePath(QStringLiteral("loop2.json"));
    QVERIFY(QFile::link(second, first));
    QVERIFY(QFile::link(first, second));
    const std::optional<QString> error = ConfigFile::save(first, sampleWithCommunity());
    QVERIFY(error);
    QCOMPARE(*error, first + QStringLiteral(" is a loop of symbolic links. Choose a regular file. "
                                            "Nothing was written."));
    QVERIFY(QFileInfo(first).isSymLink());
    QCOMPARE(QFileInfo(first).symLinkTarget(), second);
}

QTEST_GUILESS_MAIN(TestConfigFile)
// docs/file-format.md: what export and Save cannot write as it was read. Invalid values are written
// as they are (a key ID with a space, an unknown mode), so they are not in the list.
void TestConfigFile::notWrittenAsReadNamesWhatTheCanonicalFormWouldChange_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QStringList>("paths");
    const QByteArray header = R"({"format": "engage-messaging-community", "version": 1, )";
    QTest::newRow("merely invalid")
        << header + R"("signed_identities": "sometimes", "jwt_keys": [{"id": "Prod Key",
                     "algorithm": "HS512", "secret": "abc"}]})"
        << QStringList();
    QTest::newRow("unknown member and null regex")
        << header + R"("custom_field": 5, "custom_fields": [{"key": "a", "regex": null}]})"
        << QStringList();
    QTest::newRow("wrong types")
        << header + R"("signed_identities": ["require"], "custom_fields": [{"key": "a",
                     "regex": 5}], "extra_values_mapping": ["row"], "jwt_keys": {}})"
        << QStringList{QStringLiteral("/signed_identities"),
                       QStringLiteral("/custom_fields/0/regex"),
                       QStringLiteral("/extra_values_mapping/0"), QStringLiteral("/jwt_keys")};
    QTest::newRow("format and version")
        << QByteArray(R"({"format": "x", "version": 2})")
        << QStringList{QStringLiteral("/format"), QStringLiteral("/version")};
    QTest::newRow("format and version missing")
        << QByteArray("{}") << QStringList{QStringLiteral("/format"), QStringLiteral("/version")};
}

void TestConfigFile::notWrittenAsReadNamesWhatTheCanonicalFormWouldChange()
{
    QFETCH(QByteArray, contents);
    QFETCH(QStringList, paths);
    const ConfigLoadResult loaded = ConfigFile::load(contents);
    QVERIFY(loaded.config);
    QStringList named;
    for (const Diagnostic& diagnostic : ConfigFile::notWrittenAsRead(loaded.diagnostics)) {
        named.append(diagnostic.path);
        QVERIFY(!ConfigFile::whyNotWrittenAsRead(diagnostic).isEmpty());
    }
    QCOMPARE(named, paths);
}

#include "test_config_file.moc"

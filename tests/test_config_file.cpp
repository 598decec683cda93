// Reading and writing configuration files: the canonical form, round trips, redaction,
// permissions and atomic replacement.

#include "config/config_file.h"
#include "config/config_reader.h"
#include "config/config_writer.h"
#include "support/openssl_fixtures.h"
#include "support/test_files.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace engage;

namespace {

CommunityConfig sampleConfig()
{
    CommunityConfig config;
    config.community = {QStringLiteral("5f0c0a1b2c3d4e5f60718293"),
                        QStringLiteral("Caf\u00e9 \"chat\""),
                        QStringLiteral("https://acme.api.digital.ringcentral.com/1.0")};
    config.signedIdentities = SignedIdentities::require;
    config.customFields = {{QStringLiteral("customer_id"), QStringLiteral("Customer id"),
                            QStringLiteral("string"), QStringLiteral("^C[0-9]{8}$")}};
    config.extraValuesMapping = {
        {QStringLiteral("cell_number"), QStringLiteral("mobile_phone")},
        {QStringLiteral("uuid"), QStringLiteral("custom_field:customer_id")}};
    config.jwtKeys = {{QStringLiteral("prod"), JwtAlgorithm::hs256,
                       QStringLiteral("9aeaf06388b8ab6487d1605b"), std::nullopt}};
    return config;
}

} // namespace

class TestConfigFile : public QObject
{
    Q_OBJECT

private slots:
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
    void tooLargeFileIsReportedWithItsRealSize();
    void savingRefusesANamedPipeAndLeavesItAlone();
    void savingThroughASymbolicLinkReplacesItsTarget();

private:
    QTemporaryDir m_dir;
};

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
    QCOMPARE(canonicalJson(sampleConfig()), expected);
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
    CommunityConfig config = sampleConfig();
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
    QCOMPARE(ConfigFile::save(path, sampleConfig(), SaveOptions{true}), std::nullopt);
    const QByteArray written = readAll(path);
    QVERIFY(written.contains(R"("secret": null)"));
    QVERIFY(!written.contains("9aeaf06388b8ab6487d1605b"));
    const ConfigLoadResult reread = ConfigFile::load(written);
    QCOMPARE(reread.config->jwtKeys.value(0).secret, std::nullopt);
}

void TestConfigFile::neverWritesAPrivateKey()
{
    OpensslFixtures keys;
    CommunityConfig config = sampleConfig();
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
    QCOMPARE(ConfigFile::save(path, sampleConfig()), std::nullopt);
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
    const std::optional<QString> error = ConfigFile::save(path, sampleConfig(), SaveOptions{true});
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
        ConfigFile::save(blocker + QStringLiteral("/config.json"), sampleConfig());
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
    const std::optional<QString> error = ConfigFile::save(path, sampleConfig());
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
    QCOMPARE(ConfigFile::save(link, sampleConfig()), std::nullopt);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readAll(target), canonicalJson(sampleConfig()));
}

QTEST_GUILESS_MAIN(TestConfigFile)
#include "test_config_file.moc"

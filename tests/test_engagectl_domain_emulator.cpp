// engagectl's real-domain commands against the project's emulator (docs/api.md: it serves the
// public API with the schema's records, and --public-only leaves the settings extension out as a
// real domain does), seeded by the test with the OpenAPI's record JSON. Needs the emulator's GET
// /communities/{id}, identities, identity groups, content sources, POST /custom_fields and
// --public-only.

#include "config/config_file.h"
#include "support/emulator_process.h"
#include "support/process_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace engage;

namespace {

const QByteArray token = "emulated-domain-token-77a1";
const QString website = QStringLiteral("5f0c0a1b2c3d4e5f60718293");

const char* seed = R"({
  "communities": [
    { "id": "5f0c0a1b2c3d4e5f60718293", "name": "Website chat", "type": "engage_messaging",
      "active": true, "created_at": "2026-01-05T10:00:00Z", "updated_at": "2026-01-05T10:00:00Z",
      "messaging_settings": { "signed_identities": "reject", "extra_values_mapping": [],
                              "jwt_keys": [] } }
  ],
  "custom_fields": [
    { "id": "cf1", "key": "customer_id", "label": "Customer id", "type": "string",
      "associated_type_name": "IdentityGroup", "multiple": false, "position": 0 }
  ],
  "identities": [
    { "id": "i1", "uuid": "visitor-1", "community_id": "5f0c0a1b2c3d4e5f60718293",
      "identity_group_id": "g1", "display_name": "Ada", "screenname": "ada",
      "extra_values": { "cell_number": "+33600000000", "customer": "C12345678" },
      "created_at": "2026-01-05T10:00:00Z", "updated_at": "2026-01-05T10:00:00Z" }
  ],
  "identity_groups": [
    { "id": "g1", "firstname": "Ada", "mobile_phones": ["+33600000000"], "emails": [],
      "custom_field_values": { "customer_id": "C12345678" }, "identity_ids": ["i1"],
      "created_at": "2026-01-05T10:00:00Z", "updated_at": "2026-01-05T10:00:00Z" }
  ],
  "content_sources": [
    { "id": "s1", "name": "Website", "type": "EngageMessaging",
      "community_id": "5f0c0a1b2c3d4e5f60718293", "active": true, "enable_web": true,
      "enable_ios": false, "enable_android": false, "live_chat": true }
  ]
}
)";

const char* localConfiguration = R"({
  "format": "engage-messaging-community",
  "version": 1,
  "community": { "id": "5f0c0a1b2c3d4e5f60718293" },
  "signed_identities": "require",
  "custom_fields": [
    { "key": "customer_id", "label": "Customer id", "type": "string", "regex": "^C[0-9]{8}$" }
  ],
  "extra_values_mapping": [
    { "key": "cell_number", "field": "mobile_phone" },
    { "key": "customer", "field": "custom_field:customer_id" }
  ],
  "jwt_keys": [ { "id": "prod", "algorithm": "HS256", "secret": "9aeaf06388b8ab6487d1605b" } ]
}
)";

} // namespace

class TestEngagectlDomainEmulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publicOnlyPullWritesCommunityAndCatalogueAndExitsFive();
    void publicOnlyDiffAndPushExitFive();
    void withTheExtensionPullExitsZero();
    void identityMappingWorksEndToEnd();
    void sourcesOfTheCommunity();
    void createdCustomFieldReachesTheCatalogue();
    void communitiesPastACappedCountAreAllListed();

private:
    QString write(const QString& name, const QByteArray& text);
    QStringList emulatorArguments(bool publicOnly);
    QStringList server(const EmulatorProcess& emulator) const
    {
        return {QStringLiteral("--server"), emulator.url(), QStringLiteral("--community"), website};
    }

    QTemporaryDir m_dir;
};

void TestEngagectlDomainEmulator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("ENGAGE_API_TOKEN", token);
}

QString TestEngagectlDomainEmulator::write(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList TestEngagectlDomainEmulator::emulatorArguments(bool publicOnly)
{
    QStringList arguments{QStringLiteral("--token"), QString::fromLatin1(token),
                          QStringLiteral("--data"), write(QStringLiteral("seed.json"), seed)};
    if (publicOnly)
        arguments.append(QStringLiteral("--public-only"));
    return arguments;
}

void TestEngagectlDomainEmulator::publicOnlyPullWritesCommunityAndCatalogueAndExitsFive()
{
    EmulatorProcess emulator(emulatorArguments(true));
    QVERIFY(!emulator.url().isEmpty());
    const QString file = write(QStringLiteral("pulled.json"), localConfiguration);
    const Run result = engagectl(QStringList{QStringLiteral("pull")} + server(emulator) +
                                 QStringList{QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("engagectl checklist FILE"), result.err.constData());
    const ConfigLoadResult written = ConfigFile::load(ConfigFile::readBytes(file));
    QVERIFY(written.config);
    QCOMPARE(written.config->community.name, QStringLiteral("Website chat"));
    QCOMPARE(written.config->customFields.first().regex, QStringLiteral("^C[0-9]{8}$"));
    QCOMPARE(written.config->signedIdentities, QStringLiteral("require")); // the file's
}

void TestEngagectlDomainEmulator::publicOnlyDiffAndPushExitFive()
{
    EmulatorProcess emulator(emulatorArguments(true));
    const QString file = write(QStringLiteral("local.json"), localConfiguration);
    const Run diff =
        engagectl(QStringList{QStringLiteral("diff")} + server(emulator) + QStringList{file});
    QCOMPARE(diff.exitCode, 5);
    const Run push = engagectl(QStringList{QStringLiteral("push")} + server(emulator) +
                               QStringList{file, QStringLiteral("--force")});
    QCOMPARE(push.exitCode, 5);
    QVERIFY(push.err.contains("engagectl checklist FILE"));
}

void TestEngagectlDomainEmulator::withTheExtensionPullExitsZero()
{
    EmulatorProcess emulator(emulatorArguments(false));
    const QString file = m_dir.filePath(QStringLiteral("full.json"));
    const Run result = engagectl(QStringList{QStringLiteral("pull")} + server(emulator) +
                                 QStringList{QStringLiteral("--out"), file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFile::exists(file + QStringLiteral(".sync")));
}

void TestEngagectlDomainEmulator::identityMappingWorksEndToEnd()
{
    EmulatorProcess emulator(emulatorArguments(true));
    const QString file = write(QStringLiteral("mapping.json"), localConfiguration);
    const Run result =
        engagectl(QStringList{QStringLiteral("identity")} + server(emulator) +
                  QStringList{QStringLiteral("--uuid"), QStringLiteral("visitor-1"),
                              QStringLiteral("--config"), file, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray mapping =
        QJsonDocument::fromJson(result.out).object()[QStringLiteral("mapping")].toArray();
    QCOMPARE(mapping.size(), 2);
    for (const auto& row : mapping)
        QCOMPARE(row[QStringLiteral("verdict")].toString(), QStringLiteral("written"));
}

void TestEngagectlDomainEmulator::sourcesOfTheCommunity()
{
    EmulatorProcess emulator(emulatorArguments(true));
    const Run result = engagectl(QStringList{QStringLiteral("sources")} + server(emulator) +
                                 QStringList{QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray sources =
        QJsonDocument::fromJson(result.out).object()[QStringLiteral("sources")].toArray();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0][QStringLiteral("enable_web")].toBool(), true);
}

void TestEngagectlDomainEmulator::createdCustomFieldReachesTheCatalogue()
{
    EmulatorProcess emulator(emulatorArguments(true));
    const Run created =
        engagectl({QStringLiteral("create-custom-field"), QStringLiteral("--server"),
                   emulator.url(), QStringLiteral("--key"), QStringLiteral("tier"),
                   QStringLiteral("--label"), QStringLiteral("Loyalty tier")});
    QCOMPARE(created.exitCode, 0);
    const QString file = write(QStringLiteral("catalogue.json"), localConfiguration);
    const Run refreshed =
        engagectl(QStringList{QStringLiteral("catalogue")} + server(emulator) + QStringList{file});
    QCOMPARE(refreshed.exitCode, 0);
    QVERIFY2(refreshed.out.contains("Added the custom field \"tier\""), refreshed.out.constData());
    // The same key again: refused with the attribute named (exit 1).
    const Run again = engagectl({QStringLiteral("create-custom-field"), QStringLiteral("--server"),
                                 emulator.url(), QStringLiteral("--key"), QStringLiteral("tier"),
                                 QStringLiteral("--label"), QStringLiteral("Tier")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("key"));
}

void TestEngagectlDomainEmulator::communitiesPastACappedCountAreAllListed()
{
    // A real server caps its counts: past 150 it says "count": 150, "count_capped": true, and
    // the client reads pages until a short one instead of trusting the count.
    EmulatorProcess emulator(emulatorArguments(true) +
                             QStringList{QStringLiteral("--communities"), QStringLiteral("400"),
                                         QStringLiteral("--count-cap"), QStringLiteral("150")});
    QVERIFY(!emulator.url().isEmpty());
    const Run result = engagectl({QStringLiteral("communities"), QStringLiteral("--server"),
                                  emulator.url(), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray communities =
        QJsonDocument::fromJson(result.out).object()[QStringLiteral("communities")].toArray();
    QCOMPARE(communities.size(), 401); // the seed's one and 400 generated
    QCOMPARE(communities.first()[QStringLiteral("id")].toString(), website);
}

QTEST_GUILESS_MAIN(TestEngagectlDomainEmulator)
#include "test_engagectl_domain_emulator.moc"

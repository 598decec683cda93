// The field-by-field difference of two configurations: what diff and push show, and what the
// application will show before a push.

#include "config/config_diff.h"
#include "crypto/digest.h"
#include "support/openssl_fixtures.h"
#include "support/sample_config.h"

#include <QTest>

using namespace engage;

namespace {

const QString secret = QStringLiteral("9aeaf06388b8ab6487d1605b");
const QString otherSecret = QStringLiteral("0123456789abcdef01234567");

CommunityConfig sample()
{
    CommunityConfig config = sampleConfig();
    config.community = {QStringLiteral("5f0c0a1b2c3d4e5f60718293"), QStringLiteral("Website chat"),
                        QStringLiteral("https://acme.example/1.0")};
    return config;
}

// "+ /jwt_keys/1: {...}", "- /extra_values_mapping/2: {...}",
// "~ /signed_identities: \"reject\" -> \"require\"": one line per change. People see
// SettingsChangeText's descriptions; these lines show every member of a change in a failure.
QStringList changeLines(const ConfigChanges& changes)
{
    QStringList lines;
    for (const ConfigChange& change : changes) {
        switch (change.kind) {
        case ConfigChange::Kind::Added:
            lines.append(QStringLiteral("+ %1: %2").arg(change.path, change.after));
            break;
        case ConfigChange::Kind::Removed:
            lines.append(QStringLiteral("- %1: %2").arg(change.path, change.before));
            break;
        case ConfigChange::Kind::Changed:
            lines.append(
                QStringLiteral("~ %1: %2 -> %3").arg(change.path, change.before, change.after));
            break;
        }
    }
    return lines;
}

} // namespace

class TestConfigDiff : public QObject
{
    Q_OBJECT

private slots:
    void equalConfigurationsHaveNoChanges();
    void changedMembersAreReportedOneByOne();
    void mappingRowsAreMatchedByKey();
    void aRowRemovedAboveOthersIsOneRemoval();
    void aNewOrderOfTheRowsIsOneChange();
    void keysAreMatchedByIdSoARotationReadsAsSuch();
    void secretsAppearOnlyAsFingerprints();
    void publicKeysAppearAsTheirKeyFingerprint();
    void messagingSettingsScopeLeavesCommunityAndCatalogueOut();
    void customFieldsAreMatchedByKey();
};

void TestConfigDiff::equalConfigurationsHaveNoChanges()
{
    QVERIFY(ConfigDiff::between(sample(), sample()).isEmpty());
}

void TestConfigDiff::changedMembersAreReportedOneByOne()
{
    CommunityConfig after = sample();
    after.signedIdentities = SignedIdentities::accept;
    after.extraValuesMapping[0].field = QStringLiteral("home_phone");
    QCOMPARE(changeLines(ConfigDiff::between(sample(), after)),
             (QStringList{QStringLiteral("~ /signed_identities: \"require\" -> \"accept\""),
                          QStringLiteral("~ /extra_values_mapping/0/field: \"mobile_phone\" -> "
                                         "\"home_phone\"")}));
}

void TestConfigDiff::mappingRowsAreMatchedByKey()
{
    CommunityConfig after = sample();
    after.extraValuesMapping.removeLast();
    QCOMPARE(
        changeLines(ConfigDiff::between(sample(), after)),
        QStringList{QStringLiteral("- /extra_values_mapping/1: "
                                   "{\"key\":\"uuid\",\"field\":\"custom_field:customer_id\"}")});
    QCOMPARE(
        changeLines(ConfigDiff::between(after, sample())),
        QStringList{QStringLiteral("+ /extra_values_mapping/1: "
                                   "{\"key\":\"uuid\",\"field\":\"custom_field:customer_id\"}")});
}

void TestConfigDiff::aRowRemovedAboveOthersIsOneRemoval()
{
    CommunityConfig after = sample();
    after.extraValuesMapping.removeFirst();
    QCOMPARE(changeLines(ConfigDiff::between(sample(), after)),
             QStringList{QStringLiteral("- /extra_values_mapping/0: "
                                        "{\"key\":\"cell_number\",\"field\":\"mobile_phone\"}")});
}

void TestConfigDiff::aNewOrderOfTheRowsIsOneChange()
{
    CommunityConfig after = sample();
    std::swap(after.extraValuesMapping[0], after.extraValuesMapping[1]);
    QCOMPARE(changeLines(ConfigDiff::between(sample(), after)),
             QStringList{QStringLiteral("~ /extra_values_mapping: [\"cell_number\",\"uuid\"] -> "
                                        "[\"uuid\",\"cell_number\"]")});
}

void TestConfigDiff::keysAreMatchedByIdSoARotationReadsAsSuch()
{
    CommunityConfig after = sample();
    after.jwtKeys = {{QStringLiteral("prod_2026"), JwtAlgorithm::hs256, otherSecret, std::nullopt}};
    const ConfigChanges changes = ConfigDiff::between(sample(), after);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0].kind, ConfigChange::Kind::Removed);
    QCOMPARE(changes[0].path, QStringLiteral("/jwt_keys/0"));
    QVERIFY(changes[0].before.contains(QLatin1String("\"id\":\"prod\"")));
    QCOMPARE(changes[1].kind, ConfigChange::Kind::Added);
    QCOMPARE(changes[1].path, QStringLiteral("/jwt_keys/0"));
    QVERIFY(changes[1].after.contains(QLatin1String("\"id\":\"prod_2026\"")));
}

void TestConfigDiff::secretsAppearOnlyAsFingerprints()
{
    CommunityConfig after = sample();
    after.jwtKeys[0].secret = otherSecret;
    after.jwtKeys.append({QStringLiteral("spare"), JwtAlgorithm::hs256, secret, std::nullopt});
    CommunityConfig redacted = sample().withSecretsRedacted();
    for (const ConfigChanges& changes :
         {ConfigDiff::between(sample(), after), ConfigDiff::between(redacted, after)}) {
        QVERIFY(!changes.isEmpty());
        for (const QString& line : changeLines(changes)) {
            QVERIFY2(!line.contains(secret) && !line.contains(otherSecret), qPrintable(line));
        }
    }
    const ConfigChanges changes = ConfigDiff::between(sample(), after);
    QCOMPARE(changes[0].path, QStringLiteral("/jwt_keys/0/secret"));
    QCOMPARE(changes[0].before, QStringLiteral("\"sha256:%1\"").arg(sha256Hex(secret.toUtf8())));
    QCOMPARE(changes[0].after,
             QStringLiteral("\"sha256:%1\"").arg(sha256Hex(otherSecret.toUtf8())));
    // A redacted secret is null, not a fingerprint of nothing.
    QCOMPARE(ConfigDiff::between(redacted, sample())[0].before, QStringLiteral("null"));
}

void TestConfigDiff::publicKeysAppearAsTheirKeyFingerprint()
{
    OpensslFixtures fixtures;
    CommunityConfig after = sample();
    after.jwtKeys.append({QStringLiteral("rsa_2026"), JwtAlgorithm::rs256, std::nullopt,
                          QString::fromLatin1(fixtures.rsaPublicKey())});
    const ConfigChanges changes = ConfigDiff::between(sample(), after);
    QCOMPARE(changes.size(), 1);
    QVERIFY2(changes[0].after.contains(fixtures.rsaPublicKeyFingerprint()),
             qPrintable(changes[0].after));
    QVERIFY(!changes[0].after.contains(QLatin1String("BEGIN")));
}

void TestConfigDiff::messagingSettingsScopeLeavesCommunityAndCatalogueOut()
{
    CommunityConfig after = sample();
    after.community.name = QStringLiteral("Renamed");
    after.customFields.clear();
    QCOMPARE(ConfigDiff::between(sample(), after).size(), 2);
    QVERIFY(ConfigDiff::between(sample(), after, ConfigDiff::Scope::MessagingSettings).isEmpty());
}

void TestConfigDiff::customFieldsAreMatchedByKey()
{
    CommunityConfig after = sample();
    after.customFields.prepend({QStringLiteral("account_no"), QStringLiteral("Account"),
                                QStringLiteral("string"), std::nullopt});
    after.customFields[1].regex.reset();
    QCOMPARE(changeLines(ConfigDiff::between(sample(), after)),
             (QStringList{QStringLiteral("~ /custom_fields/1/regex: \"^C[0-9]{8}$\" -> null"),
                          QStringLiteral("+ /custom_fields/0: {\"key\":\"account_no\",\"label\":"
                                         "\"Account\",\"type\":\"string\"}")}));
}

QTEST_GUILESS_MAIN(TestConfigDiff)
#include "test_config_diff.moc"

// The three-way merge of messaging settings (docs/api.md "Sync records and conflicts"), entity by
// entity, as a table: base, theirs (the server now), yours (the file), and what is pushed.

#include "sync/settings_merge.h"
#include "sync/sync_plan.h"

#include <QTest>

using namespace engage;

namespace {

const QString secretA = QStringLiteral("9aeaf06388b8ab6487d1605b");
const QString secretB = QStringLiteral("0123456789abcdef01234567");
const QString secretC = QStringLiteral("abcdefabcdefabcdefabcdef");

// A compact notation: "mode|key=field,key=field|id=secret,id=secret"; "-" for an empty list.
CommunityConfig settings(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('|'));
    CommunityConfig config;
    config.signedIdentities = parts[0];
    for (const QString& row : parts[1].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (row != QLatin1String("-"))
            config.extraValuesMapping.append(
                {row.section(QLatin1Char('='), 0, 0), row.section(QLatin1Char('='), 1)});
    }
    for (const QString& key : parts[2].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (key != QLatin1String("-"))
            config.jwtKeys.append({key.section(QLatin1Char('='), 0, 0), JwtAlgorithm::hs256,
                                   key.section(QLatin1Char('='), 1), std::nullopt});
    }
    return config;
}

QString notation(const CommunityConfig& config)
{
    QStringList rows;
    for (const MappingRow& row : config.extraValuesMapping)
        rows.append(row.key + QLatin1Char('=') + row.field);
    QStringList keys;
    for (const JwtKey& key : config.jwtKeys)
        keys.append(key.id + QLatin1Char('=') + key.secret.value_or(QString()));
    return config.signedIdentities + QLatin1Char('|') +
           (rows.isEmpty() ? QStringLiteral("-") : rows.join(QLatin1Char(','))) + QLatin1Char('|') +
           (keys.isEmpty() ? QStringLiteral("-") : keys.join(QLatin1Char(',')));
}

QStringList conflictKeys(const SettingsMergeResult& result)
{
    QStringList keys;
    for (const SettingsConflict& conflict : result.conflicts)
        keys.append(conflict.entity.key());
    return keys;
}

} // namespace

class TestThreeWayMerge : public QObject
{
    Q_OBJECT

private slots:
    void mergesEntityByEntity_data();
    void mergesEntityByEntity();
    void aChoiceSettlesEachConflict();
    void conflictsShowBaseTheirsAndYoursForPeople();
    void withoutABaseEveryDisagreementIsAConflict();
    void theFilesUnknownMembersSurviveAMergeFromTheServer();
    void aPlanWithoutARecordPushesTheFileAsItIs();
    void changesAreDescribedByEntityForPeople();
};

void TestThreeWayMerge::mergesEntityByEntity_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("yours");
    QTest::addColumn<QString>("merged");
    QTest::addColumn<QStringList>("conflicts");

    const QString a = secretA;
    const QString b = secretB;
    const QString c = secretC;
    const auto row = [](const QString& mode, const QString& rows, const QString& keys) {
        return mode + QLatin1Char('|') + rows + QLatin1Char('|') + keys;
    };
    const QString base =
        row(QStringLiteral("require"), QStringLiteral("cell=mobile_phone,uuid=notes"),
            QStringLiteral("prod=") + a);
    QTest::newRow("nothing changed") << base << base << base << base << QStringList();

    // The mode.
    QTest::newRow("mode: only theirs")
        << base << row("accept", "cell=mobile_phone,uuid=notes", "prod=" + a) << base
        << row("accept", "cell=mobile_phone,uuid=notes", "prod=" + a) << QStringList();
    QTest::newRow("mode: only yours")
        << base << base << row("reject", "cell=mobile_phone,uuid=notes", "prod=" + a)
        << row("reject", "cell=mobile_phone,uuid=notes", "prod=" + a) << QStringList();
    QTest::newRow("mode: both the same")
        << base << row("accept", "cell=mobile_phone,uuid=notes", "prod=" + a)
        << row("accept", "cell=mobile_phone,uuid=notes", "prod=" + a)
        << row("accept", "cell=mobile_phone,uuid=notes", "prod=" + a) << QStringList();
    QTest::newRow("mode: both different")
        << base << row("accept", "cell=mobile_phone,uuid=notes", "prod=" + a)
        << row("reject", "cell=mobile_phone,uuid=notes", "prod=" + a)
        << row("reject", "cell=mobile_phone,uuid=notes", "prod=" + a)
        << QStringList{QStringLiteral("signed_identities")};

    // A mapping row, by its key.
    QTest::newRow("row: only theirs")
        << base << row("require", "cell=home_phone,uuid=notes", "prod=" + a) << base
        << row("require", "cell=home_phone,uuid=notes", "prod=" + a) << QStringList();
    QTest::newRow("row: only yours")
        << base << base << row("require", "cell=home_phone,uuid=notes", "prod=" + a)
        << row("require", "cell=home_phone,uuid=notes", "prod=" + a) << QStringList();
    QTest::newRow("row: both the same")
        << base << row("require", "cell=home_phone,uuid=notes", "prod=" + a)
        << row("require", "cell=home_phone,uuid=notes", "prod=" + a)
        << row("require", "cell=home_phone,uuid=notes", "prod=" + a) << QStringList();
    QTest::newRow("row: both different")
        << base << row("require", "cell=home_phone,uuid=notes", "prod=" + a)
        << row("require", "cell=email,uuid=notes", "prod=" + a)
        << row("require", "cell=email,uuid=notes", "prod=" + a)
        << QStringList{QStringLiteral("mapping_row:cell")};
    QTest::newRow("row: disjoint rows")
        << base << row("require", "cell=home_phone,uuid=notes", "prod=" + a)
        << row("require", "cell=mobile_phone,uuid=company", "prod=" + a)
        << row("require", "cell=home_phone,uuid=company", "prod=" + a) << QStringList();
    QTest::newRow("row: added by theirs, after the row it follows there")
        << base << row("require", "cell=mobile_phone,fax=notes,uuid=notes", "prod=" + a)
        << row("require", "cell=mobile_phone,uuid=company", "prod=" + a)
        << row("require", "cell=mobile_phone,fax=notes,uuid=company", "prod=" + a) << QStringList();
    QTest::newRow("row: added by yours")
        << base << base << row("require", "cell=mobile_phone,uuid=notes,fax=email", "prod=" + a)
        << row("require", "cell=mobile_phone,uuid=notes,fax=email", "prod=" + a) << QStringList();
    QTest::newRow("row: added by both, differently")
        << base << row("require", "cell=mobile_phone,uuid=notes,fax=email", "prod=" + a)
        << row("require", "cell=mobile_phone,uuid=notes,fax=company", "prod=" + a)
        << row("require", "cell=mobile_phone,uuid=notes,fax=company", "prod=" + a)
        << QStringList{QStringLiteral("mapping_row:fax")};
    QTest::newRow("row: removed by theirs")
        << base << row("require", "uuid=notes", "prod=" + a) << base
        << row("require", "uuid=notes", "prod=" + a) << QStringList();
    QTest::newRow("row: removed by yours")
        << base << base << row("require", "uuid=notes", "prod=" + a)
        << row("require", "uuid=notes", "prod=" + a) << QStringList();
    QTest::newRow("row: removed by theirs, modified by yours")
        << base << row("require", "uuid=notes", "prod=" + a)
        << row("require", "cell=email,uuid=notes", "prod=" + a)
        << row("require", "cell=email,uuid=notes", "prod=" + a)
        << QStringList{QStringLiteral("mapping_row:cell")};
    QTest::newRow("row: modified by theirs, removed by yours")
        << base << row("require", "cell=email,uuid=notes", "prod=" + a)
        << row("require", "uuid=notes", "prod=" + a) << row("require", "uuid=notes", "prod=" + a)
        << QStringList{QStringLiteral("mapping_row:cell")};
    QTest::newRow("row: renamed by yours (removed and added)")
        << base << base << row("require", "cell_number=mobile_phone,uuid=notes", "prod=" + a)
        << row("require", "cell_number=mobile_phone,uuid=notes", "prod=" + a) << QStringList();
    QTest::newRow("rows: reordered by theirs only")
        << base << row("require", "uuid=notes,cell=mobile_phone", "prod=" + a)
        << row("require", "cell=home_phone,uuid=notes", "prod=" + a)
        << row("require", "uuid=notes,cell=home_phone", "prod=" + a) << QStringList();
    QTest::newRow("rows: reordered by yours")
        << base << row("require", "cell=mobile_phone,uuid=company", "prod=" + a)
        << row("require", "uuid=notes,cell=mobile_phone", "prod=" + a)
        << row("require", "uuid=company,cell=mobile_phone", "prod=" + a) << QStringList();

    // A JWT key, by its ID.
    QTest::newRow("key: secret changed by theirs")
        << base << row("require", "cell=mobile_phone,uuid=notes", "prod=" + b) << base
        << row("require", "cell=mobile_phone,uuid=notes", "prod=" + b) << QStringList();
    QTest::newRow("key: secret changed by yours")
        << base << base << row("require", "cell=mobile_phone,uuid=notes", "prod=" + b)
        << row("require", "cell=mobile_phone,uuid=notes", "prod=" + b) << QStringList();
    QTest::newRow("key: same new secret on both sides")
        << base << row("require", "cell=mobile_phone,uuid=notes", "prod=" + b)
        << row("require", "cell=mobile_phone,uuid=notes", "prod=" + b)
        << row("require", "cell=mobile_phone,uuid=notes", "prod=" + b) << QStringList();
    QTest::newRow("key: different new secrets")
        << base << row("require", "cell=mobile_phone,uuid=notes", "prod=" + b)
        << row("require", "cell=mobile_phone,uuid=notes", "prod=" + c)
        << row("require", "cell=mobile_phone,uuid=notes", "prod=" + c)
        << QStringList{QStringLiteral("jwt_key:prod")};
    QTest::newRow("key: rotation by theirs, a row by yours")
        << base << row("require", "cell=mobile_phone,uuid=notes", "prod=" + a + ",next=" + b)
        << row("require", "cell=email,uuid=notes", "prod=" + a)
        << row("require", "cell=email,uuid=notes", "prod=" + a + ",next=" + b) << QStringList();
    QTest::newRow("key: removed by yours, secret changed by theirs")
        << base << row("require", "cell=mobile_phone,uuid=notes", "prod=" + b)
        << row("require", "cell=mobile_phone,uuid=notes", "-")
        << row("require", "cell=mobile_phone,uuid=notes", "-")
        << QStringList{QStringLiteral("jwt_key:prod")};
    QTest::newRow("key: removed by both")
        << base << row("require", "cell=mobile_phone,uuid=notes", "-")
        << row("require", "cell=mobile_phone,uuid=notes", "-")
        << row("require", "cell=mobile_phone,uuid=notes", "-") << QStringList();
}

void TestThreeWayMerge::mergesEntityByEntity()
{
    QFETCH(QString, base);
    QFETCH(QString, theirs);
    QFETCH(QString, yours);
    QFETCH(QString, merged);
    QFETCH(QStringList, conflicts);
    const SettingsMergeResult result = SettingsMerge::merge(fingerprintedSettings(settings(base)),
                                                            settings(theirs), settings(yours));
    QCOMPARE(notation(result.merged), notation(settings(merged)));
    QCOMPARE(conflictKeys(result), conflicts);
    QCOMPARE(result.unresolved, conflicts.size());
}

void TestThreeWayMerge::aChoiceSettlesEachConflict()
{
    const CommunityConfig base =
        settings(QStringLiteral("require|cell=mobile_phone|prod=") + secretA);
    const CommunityConfig theirs = settings(QStringLiteral("accept|cell=notes|prod=") + secretB);
    const CommunityConfig yours = settings(QStringLiteral("reject|cell=email|prod=") + secretC);
    const QHash<QString, ConflictChoice> choices{
        {QStringLiteral("signed_identities"), ConflictChoice::Theirs},
        {QStringLiteral("mapping_row:cell"), ConflictChoice::Yours},
        {QStringLiteral("jwt_key:prod"), ConflictChoice::Theirs}};
    const SettingsMergeResult result =
        SettingsMerge::merge(fingerprintedSettings(base), theirs, yours, choices);
    QCOMPARE(result.unresolved, 0);
    QCOMPARE(result.conflicts.size(), 3);
    QCOMPARE(notation(result.merged), QStringLiteral("accept|cell=email|prod=") + secretB);
}

void TestThreeWayMerge::conflictsShowBaseTheirsAndYoursForPeople()
{
    CommunityConfig yours =
        settings(QStringLiteral("require|uuid=custom_field:customer_id|prod=") + secretC);
    yours.customFields = {{QStringLiteral("customer_id"), QStringLiteral("Customer id"),
                           QStringLiteral("string"), std::nullopt}};
    const SettingsMergeResult result = SettingsMerge::merge(
        fingerprintedSettings(settings(QStringLiteral("require|uuid=notes|prod=") + secretA)),
        settings(QStringLiteral("require|uuid=home_phone|prod=") + secretB), yours);
    QCOMPARE(result.conflicts.size(), 2);
    const SettingsConflict& row = result.conflicts[0];
    QCOMPARE(SettingsChangeText::entityTitle(row.entity), QStringLiteral("Mapping `uuid`"));
    QCOMPARE(row.base, QStringLiteral("Notes"));
    QCOMPARE(row.theirs, QStringLiteral("Home phone"));
    QCOMPARE(row.yours, QStringLiteral("Customer id (custom field)"));
    const SettingsConflict& key = result.conflicts[1];
    QVERIFY2(key.base.startsWith(QStringLiteral("HS256, sha256:")), qPrintable(key.base));
    for (const QString& secret : {secretA, secretB, secretC}) {
        QVERIFY(!key.base.contains(secret) && !key.theirs.contains(secret) &&
                !key.yours.contains(secret));
    }
}

void TestThreeWayMerge::withoutABaseEveryDisagreementIsAConflict()
{
    const SettingsMergeResult result = SettingsMerge::merge(
        std::nullopt, settings(QStringLiteral("accept|cell=mobile_phone|prod=") + secretA),
        settings(QStringLiteral("require|cell=mobile_phone|prod=") + secretA));
    QCOMPARE(conflictKeys(result), QStringList{QStringLiteral("signed_identities")});
    QVERIFY(result.conflicts[0].base.contains(QStringLiteral("not known")));
}

void TestThreeWayMerge::theFilesUnknownMembersSurviveAMergeFromTheServer()
{
    const CommunityConfig base =
        settings(QStringLiteral("require|cell=mobile_phone|prod=") + secretA);
    CommunityConfig yours = base;
    yours.extraValuesMapping[0].unknownMembers.emplace_back(
        QStringLiteral("note"), JsonValue::makeString(QStringLiteral("kept")));
    yours.jwtKeys[0].unknownMembers.emplace_back(QStringLiteral("owner"),
                                                 JsonValue::makeString(QStringLiteral("web team")));
    yours.unknownMembers.emplace_back(QStringLiteral("x_top"), JsonValue::makeBool(true));
    const SettingsMergeResult result = SettingsMerge::merge(
        fingerprintedSettings(base),
        settings(QStringLiteral("require|cell=home_phone|prod=") + secretB), yours);
    QCOMPARE(result.merged.extraValuesMapping[0].field, QStringLiteral("home_phone"));
    QCOMPARE(result.merged.extraValuesMapping[0].unknownMembers.size(), std::size_t(1));
    QCOMPARE(result.merged.jwtKeys[0].secret, std::optional<QString>(secretB));
    QCOMPARE(result.merged.jwtKeys[0].unknownMembers.size(), std::size_t(1));
    QCOMPARE(result.merged.unknownMembers.size(), std::size_t(1));
}

void TestThreeWayMerge::aPlanWithoutARecordPushesTheFileAsItIs()
{
    RemoteSettings remote;
    remote.settings = settings(QStringLiteral("accept|cell=notes|prod=") + secretB);
    remote.etag = QStringLiteral("\"v7\"");
    const CommunityConfig file = settings(QStringLiteral("require|cell=email|prod=") + secretA);
    const SyncPlan::Plan plan = SyncPlan::plan(std::nullopt, remote, file);
    QCOMPARE(plan.outcome, SyncPlan::Plan::Outcome::Push);
    QCOMPARE(plan.merged, file);
    QVERIFY(plan.fromServer.isEmpty());
    QCOMPARE(plan.toServer.size(), 3);
    QCOMPARE(plan.toServer[0].description,
             QStringLiteral("Signed identities: Accept \u2192 Require"));
    QCOMPARE(plan.toServer[1].description, QStringLiteral("Mapping `cell`: Notes \u2192 Email"));
    QVERIFY(plan.toServer[2].description.startsWith(
        QStringLiteral("JWT key `prod`: secret changed (sha256:")));
    QCOMPARE(plan.etag, remote.etag);
}

void TestThreeWayMerge::changesAreDescribedByEntityForPeople()
{
    const CommunityConfig before =
        settings(QStringLiteral("accept|cell=mobile_phone,uuid=notes,fax=email|prod=") + secretA +
                 QStringLiteral(",old=") + secretB);
    CommunityConfig after =
        settings(QStringLiteral("require|uuid=notes,cell=home_phone,\u001b[2J=company|prod=") +
                 secretC + QStringLiteral(",new=") + secretB);
    QStringList descriptions;
    for (const SettingsChange& change : SettingsChangeText::between(before, after, {}))
        descriptions.append(change.description);
    QCOMPARE(descriptions,
             (QStringList{
                 QStringLiteral("Signed identities: Accept \u2192 Require"),
                 QStringLiteral("Mapping `cell`: Mobile phone \u2192 Home phone"),
                 QStringLiteral("Mapping `fax`: removed (it was written to Email)."),
                 // A key from a file or a server is escaped.
                 QStringLiteral("Mapping `\\u001b[2J`: added, written to Company."),
                 QStringLiteral("Mapping order: `cell`, `uuid`, `fax` \u2192 `uuid`, `cell`, "
                                "`\\u001b[2J`"),
                 QStringLiteral("JWT key `prod`: secret changed (sha256:") +
                     ConfigDiff::secretFingerprint(secretC).mid(7, 12) + QChar(0x2026) +
                     QStringLiteral(")."),
                 QStringLiteral("JWT key `old`: removed (HS256, sha256:") +
                     ConfigDiff::secretFingerprint(secretB).mid(7, 12) + QChar(0x2026) +
                     QStringLiteral(")."),
                 QStringLiteral("JWT key `new`: added (HS256, sha256:") +
                     ConfigDiff::secretFingerprint(secretB).mid(7, 12) + QChar(0x2026) +
                     QStringLiteral(")."),
             }));
}

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "test_three_way_merge.moc"

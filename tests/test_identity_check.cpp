// IdentityCheck (docs/api.md identity): what each mapping row should have written into the
// identity group, against what the group holds.

#include "config/identity_check.h"
#include "json/json_parser.h"

#include <QTest>

using namespace engage;

namespace {

JsonValue json(const char* text)
{
    return *parseJson(QByteArray(text)).value;
}

CommunityConfig websiteConfig()
{
    CommunityConfig config;
    config.customFields = {{QStringLiteral("customer_id"), QStringLiteral("Customer id"),
                            QStringLiteral("string"), QStringLiteral("^C[0-9]{8}$")},
                           {QStringLiteral("tier"), QStringLiteral("Loyalty tier"),
                            QStringLiteral("string"), std::nullopt}};
    config.extraValuesMapping = {
        {QStringLiteral("cell_number"), QStringLiteral("mobile_phone")},
        {QStringLiteral("customer"), QStringLiteral("custom_field:customer_id")},
        {QStringLiteral("tier"), QStringLiteral("custom_field:tier")},
        {QStringLiteral("mail"), QStringLiteral("email")},
        {QStringLiteral("uuid"), QStringLiteral("notes")}};
    return config;
}

} // namespace

class TestIdentityCheck : public QObject
{
    Q_OBJECT

private slots:
    void recordsTolerateMembersTheProgramDoesNotUse();
    void recordWithAMemberOfTheWrongTypeIsMalformed();
    void eachRowIsCheckedAgainstTheGroup_data();
    void eachRowIsCheckedAgainstTheGroup();
    void withoutAGroupEverySentValueIsMissing();
    void describedForPeople();
};

void TestIdentityCheck::recordsTolerateMembersTheProgramDoesNotUse()
{
    const std::optional<IdentityRecord> identity = IdentityRecord::fromJson(json(
        R"({"id":"i1","uuid":"u1","avatar_url":null,"user_ids":["x"],"screenname":"ada",
            "created_at":"2026-01-01T00:00:00Z","extra_values":{"a":"1","b":2,"c":true,"d":null}})"));
    QVERIFY(identity);
    QCOMPARE(identity->extraValue(QStringLiteral("a")), QStringLiteral("1"));
    QCOMPARE(identity->extraValue(QStringLiteral("b")), QStringLiteral("2"));
    QCOMPARE(identity->extraValue(QStringLiteral("c")), QStringLiteral("true"));
    QCOMPARE(identity->extraValue(QStringLiteral("d")), std::nullopt);
    QCOMPARE(identity->extraValue(QStringLiteral("e")), std::nullopt);
    const std::optional<IdentityGroupRecord> group = IdentityGroupRecord::fromJson(
        json(R"({"id":"g1","tag_ids":[],"identity_ids":["i1"],"home_phones":["1","2"],
                 "custom_field_values":{"tags":[1,null,"a"],"none":null,"score":5.0}})"));
    QVERIFY(group);
    QCOMPARE(group->valuesOf(QStringLiteral("home_phone")),
             (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    // A multiple-choice field's null choice is no value (not the text "null").
    QCOMPARE(group->valuesOf(QStringLiteral("custom_field:tags")),
             (QStringList{QStringLiteral("1"), QStringLiteral("a")}));
    QCOMPARE(group->valuesOf(QStringLiteral("custom_field:none")), QStringList());
    QCOMPARE(group->valuesOf(QStringLiteral("custom_field:score")),
             QStringList{QStringLiteral("5.0")});
}

void TestIdentityCheck::recordWithAMemberOfTheWrongTypeIsMalformed()
{
    QVERIFY(!IdentityRecord::fromJson(json(R"({"id":"i1","extra_values":"a=1"})")));
    QVERIFY(!IdentityRecord::fromJson(json(R"({"uuid":"u1"})"))); // no id
    QVERIFY(!IdentityGroupRecord::fromJson(json(R"({"id":"g1","emails":"a@b.c"})")));
    QVERIFY(!IdentityGroupRecord::fromJson(json(R"({"id":"g1","custom_field_values":[]})")));
}

void TestIdentityCheck::eachRowIsCheckedAgainstTheGroup_data()
{
    QTest::addColumn<QString>("extraValues");
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("row");
    QTest::addColumn<IdentityFieldCheck::Verdict>("verdict");

    using Verdict = IdentityFieldCheck::Verdict;
    const QString sent = QStringLiteral(
        R"({"cell_number":"+33600000000","customer":"C12345678","tier":"gold","mail":"a@b.c"})");
    const QString held = QStringLiteral(
        R"({"id":"g1","mobile_phones":["+33611111111","+33600000000"],"emails":["x@y.z"],
            "notes":"u1","custom_field_values":{"customer_id":"C12345678"}})");
    QTest::newRow("a phone among the group's phones") << sent << held << 0 << Verdict::Written;
    QTest::newRow("a custom field written") << sent << held << 1 << Verdict::Written;
    QTest::newRow("a custom field the group lacks") << sent << held << 2 << Verdict::Missing;
    QTest::newRow("an e-mail the group holds otherwise") << sent << held << 3 << Verdict::Different;
    QTest::newRow("the UUID itself") << sent << held << 4 << Verdict::Written;
    QTest::newRow("an extra value the website did not send")
        << QStringLiteral(R"({"customer":"C12345678"})") << held << 0 << Verdict::NotSent;
    QTest::newRow("a number given back as a decimal")
        << QStringLiteral(R"({"tier":5})")
        << QStringLiteral(R"({"id":"g1","custom_field_values":{"tier":5.0}})") << 2
        << Verdict::Written;
    QTest::newRow("another number")
        << QStringLiteral(R"({"tier":5})")
        << QStringLiteral(R"({"id":"g1","custom_field_values":{"tier":"5.5"}})") << 2
        << Verdict::Different;
    QTest::newRow("a phone number is no number")
        << QStringLiteral(R"({"cell_number":"+33600000000"})")
        << QStringLiteral(R"({"id":"g1","mobile_phones":["33600000000"]})") << 0
        << Verdict::Different;
    QTest::newRow("a value that fails the field's regex")
        << QStringLiteral(R"({"customer":"12345678"})") << held << 1 << Verdict::RegexRefused;
}

void TestIdentityCheck::eachRowIsCheckedAgainstTheGroup()
{
    QFETCH(QString, extraValues);
    QFETCH(QString, group);
    QFETCH(int, row);
    QFETCH(IdentityFieldCheck::Verdict, verdict);
    const IdentityRecord identity = *IdentityRecord::fromJson(
        json(QStringLiteral(R"({"id":"i1","uuid":"u1","extra_values":%1})")
                 .arg(extraValues)
                 .toUtf8()
                 .constData()));
    const QList<IdentityFieldCheck> checks = IdentityCheck::of(
        websiteConfig(), identity, IdentityGroupRecord::fromJson(json(group.toUtf8().constData())));
    QCOMPARE(checks.size(), 5);
    QCOMPARE(checks[row].verdict, verdict);
    QCOMPARE(checks[row].key, websiteConfig().extraValuesMapping[row].key);
}

void TestIdentityCheck::withoutAGroupEverySentValueIsMissing()
{
    const IdentityRecord identity = *IdentityRecord::fromJson(
        json(R"({"id":"i1","uuid":"u1","extra_values":{"cell_number":"+33600000000"}})"));
    const QList<IdentityFieldCheck> checks =
        IdentityCheck::of(websiteConfig(), identity, std::nullopt);
    QCOMPARE(checks[0].verdict, IdentityFieldCheck::Verdict::Missing);
    QCOMPARE(checks[1].verdict, IdentityFieldCheck::Verdict::NotSent);
    QCOMPARE(checks[4].verdict, IdentityFieldCheck::Verdict::Missing); // the UUID
}

void TestIdentityCheck::describedForPeople()
{
    IdentityFieldCheck check;
    check.key = QStringLiteral("mail");
    check.fieldLabel = QStringLiteral("Email");
    check.expected = QStringLiteral("a@b.c\x1b[2J");
    check.held = {QStringLiteral("x@y.z")};
    check.verdict = IdentityFieldCheck::Verdict::Different;
    QCOMPARE(
        IdentityCheck::describe(check),
        QStringLiteral("\"mail\" → Email: the mapping should have written \"a@b.c\\u001b[2J\", "
                       "but the identity group holds \"x@y.z\" (an agent or another identity "
                       "may have changed it)."));
    QCOMPARE(IdentityCheck::code(check.verdict), QStringLiteral("different"));
    check.verdict = IdentityFieldCheck::Verdict::RegexRefused;
    QVERIFY(IdentityCheck::describe(check).contains(
        QStringLiteral("does not match the custom field's regex")));
}

QTEST_GUILESS_MAIN(TestIdentityCheck)
#include "test_identity_check.moc"

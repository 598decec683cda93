// A token's time claims in words (models/jwt/token_times.h): dates in local time and UTC, and
// the distance from a fixed now, as the workbench shows them under the decoded payload.

#include "json/json_parser.h"
#include "jwt/token_times.h"

#include <QTest>
#include <QTimeZone>

using namespace engage;

namespace {

const qint64 now = 1767225600; // 2026-01-01T00:00:00Z
const QTimeZone paris(3600);   // a fixed UTC+1, so that no test depends on the machine's zone

JsonValue payload(const QByteArray& json)
{
    return parseJson(json).value.value_or(JsonValue());
}

} // namespace

class TestTokenTimes : public QObject
{
    Q_OBJECT

private slots:
    void sayWhenAnUnexpiredTokenExpires();
    void sayHowLongAgoATokenExpired();
    void describeIssuedAndNotBeforeInThatOrder();
    void skipClaimsThatAreNoWholeNumber();
    void roundDurationsToTheirTwoLargestUnits_data();
    void roundDurationsToTheirTwoLargestUnits();
};

void TestTokenTimes::sayWhenAnUnexpiredTokenExpires()
{
    const QStringList lines =
        TokenTimes::describe(payload(R"({"exp":1767232740})"), now, paris); // now + 7140 s
    QCOMPARE(lines, QStringList{QStringLiteral("Expires (exp): 2026-01-01 02:59:00 local time, "
                                               "2026-01-01 01:59:00 UTC \u2014 in 1 h 59 min.")});
}

void TestTokenTimes::sayHowLongAgoATokenExpired()
{
    const QStringList lines =
        TokenTimes::describe(payload(R"({"exp":1767225420})"), now, paris); // now - 180 s
    QCOMPARE(lines, QStringList{QStringLiteral("Expires (exp): 2026-01-01 00:57:00 local time, "
                                               "2025-12-31 23:57:00 UTC \u2014 expired 3 min "
                                               "ago.")});
    // Expiring now is expired (RFC 7519 §4.1.4: "on or after").
    QVERIFY(TokenTimes::describe(payload(R"({"exp":1767225600})"), now, paris)
                .first()
                .endsWith(QStringLiteral("expired 0 s ago.")));
}

void TestTokenTimes::describeIssuedAndNotBeforeInThatOrder()
{
    const QStringList lines = TokenTimes::describe(
        payload(R"({"nbf":1767225900,"iat":1767225540,"exp":1767229200,"uuid":"v"})"), now, paris);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Expires (exp): ")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).endsWith(QStringLiteral("in 1 h.")));
    QCOMPARE(lines.at(1), QStringLiteral("Issued (iat): 2026-01-01 00:59:00 local time, "
                                         "2025-12-31 23:59:00 UTC \u2014 1 min ago."));
    QCOMPARE(lines.at(2), QStringLiteral("Valid from (nbf): 2026-01-01 01:05:00 local time, "
                                         "2026-01-01 00:05:00 UTC \u2014 in 5 min, not yet "
                                         "valid."));
}

void TestTokenTimes::skipClaimsThatAreNoWholeNumber()
{
    QVERIFY(TokenTimes::describe(payload(R"({"exp":"tomorrow","iat":1.5,"nbf":null})"), now, paris)
                .isEmpty());
    QVERIFY(TokenTimes::describe(payload(R"([1767229200])"), now, paris).isEmpty());
}

void TestTokenTimes::roundDurationsToTheirTwoLargestUnits_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("words");
    QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
    QTest::newRow("a minute") << qint64(60) << QStringLiteral("1 min");
    QTest::newRow("minutes, seconds dropped") << qint64(179) << QStringLiteral("2 min");
    QTest::newRow("an hour") << qint64(3600) << QStringLiteral("1 h");
    QTest::newRow("hours and minutes") << qint64(7140) << QStringLiteral("1 h 59 min");
    QTest::newRow("days and hours") << qint64(90000) << QStringLiteral("1 d 1 h");
    QTest::newRow("days") << qint64(2 * 86400 + 59) << QStringLiteral("2 d");
    QTest::newRow("in the past") << qint64(-180) << QStringLiteral("3 min");
}

void TestTokenTimes::roundDurationsToTheirTwoLargestUnits()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, words);
    QCOMPARE(TokenTimes::duration(seconds), words);
}

QTEST_GUILESS_MAIN(TestTokenTimes)
#include "test_token_times.moc"

// ConsoleChecklist (docs/engagectl.md checklist): the admin console's steps, value by value.

#include "config/config_diff.h"
#include "config/console_checklist.h"

#include <QTest>

using namespace engage;

namespace {

const QString secret = QStringLiteral("9aeaf06388b8ab6487d1605b");

CommunityConfig websiteConfig()
{
    CommunityConfig config;
    config.community = {QStringLiteral("5f0c0a1b2c3d4e5f60718293"), QStringLiteral("Website chat"),
                        QString()};
    config.signedIdentities = SignedIdentities::require;
    config.customFields = {{QStringLiteral("customer_id"), QStringLiteral("Customer id"),
                            QStringLiteral("string"), QStringLiteral("^C[0-9]{8}$")},
                           {QStringLiteral("tier"), QStringLiteral("Loyalty tier"),
                            QStringLiteral("string"), std::nullopt}};
    config.extraValuesMapping = {
        {QStringLiteral("cell_number"), QStringLiteral("mobile_phone")},
        {QStringLiteral("uuid"), QStringLiteral("custom_field:customer_id")}};
    config.jwtKeys = {{QStringLiteral("prod"), JwtAlgorithm::hs256, secret, std::nullopt}};
    return config;
}

// Every value of the steps, as "label=value".
QStringList valuesOf(const QList<ChecklistStep>& steps)
{
    QStringList values;
    for (const ChecklistStep& step : steps) {
        for (const ChecklistValue& value : step.values)
            values.append(value.label + QLatin1Char('=') + value.value);
    }
    return values;
}

} // namespace

class TestConsoleChecklist : public QObject
{
    Q_OBJECT

private slots:
    void everyValueInTheConsoleWords();
    void secretsAreFingerprintsUnlessAsked();
    void keysComeBeforeTheModeThatNeedsThem();
};

void TestConsoleChecklist::everyValueInTheConsoleWords()
{
    const QList<ChecklistStep> steps = ConsoleChecklist::stepsFor(websiteConfig(), false);
    const QStringList values = valuesOf(steps);
    QVERIFY(values.contains(QStringLiteral("Community ID=5f0c0a1b2c3d4e5f60718293")));
    QVERIFY(values.contains(QStringLiteral("Custom regex=^C[0-9]{8}$")));
    QVERIFY(values.contains(QStringLiteral("Key=cell_number")));
    QVERIFY(values.contains(QStringLiteral("Destination field=Mobile phone")));
    QVERIFY(values.contains(QStringLiteral("Destination field=Customer id (custom field)")));
    QVERIFY(values.contains(QStringLiteral("Key ID=prod")));
    QVERIFY(values.contains(QStringLiteral("Signed identities=Require JWT signed identities")));
    // Only fields with a regex need the console: the API creates the others.
    QVERIFY(!values.contains(QStringLiteral("Key=tier")));
}

void TestConsoleChecklist::secretsAreFingerprintsUnlessAsked()
{
    const QStringList hidden = valuesOf(ConsoleChecklist::stepsFor(websiteConfig(), false));
    QVERIFY(!hidden.join(QLatin1Char('\n')).contains(secret));
    QVERIFY(hidden.contains(QStringLiteral("Secret for HMAC=") +
                            ConfigDiff::secretFingerprint(secret)));
    const QStringList shown = valuesOf(ConsoleChecklist::stepsFor(websiteConfig(), true));
    QVERIFY(shown.contains(QStringLiteral("Secret for HMAC=") + secret));
}

void TestConsoleChecklist::keysComeBeforeTheModeThatNeedsThem()
{
    const QList<ChecklistStep> steps = ConsoleChecklist::stepsFor(websiteConfig(), false);
    QVERIFY(steps.last().instruction.contains(QStringLiteral("\"Signed identities\"")));
    QVERIFY(steps.first().instruction.contains(QStringLiteral("Messaging communities")));
}

QTEST_GUILESS_MAIN(TestConsoleChecklist)
#include "test_console_checklist.moc"

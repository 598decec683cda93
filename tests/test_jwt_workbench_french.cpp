// The JWT workbench in French, whose labels are longer than the English ones: every label,
// button and group title has the room its text needs, at the size the dialog opens with and
// on a 1024×640 screen.

#include "config/community_config.h"
#include "document/config_document.h"
#include "jwt_workbench.h"
#include "text/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QTest>

#include <memory>

using namespace engage;

namespace {

// The texts that cannot be read whole, each with the width it needs and the width it has.
QStringList cutTexts(const QWidget* dialog)
{
    QStringList cut;
    const auto tooNarrow = [&cut](const QString& text, int needed, int given) {
        if (needed > given)
            cut << QStringLiteral("\"%1\" needs %2 px, has %3").arg(text).arg(needed).arg(given);
    };
    const auto tooLow = [&cut](const QString& text, int needed, int given) {
        if (needed > given)
            cut << QStringLiteral("\"%1\" needs %2 px of height, has %3")
                       .arg(text)
                       .arg(needed)
                       .arg(given);
    };
    for (const QWidget* widget : dialog->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(dialog))
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            if (label->text().isEmpty())
                continue;
            // A wrapped sentence takes more lines instead, if it is given their height.
            if (label->wordWrap())
                tooLow(label->text(), label->heightForWidth(label->width()), label->height());
            else
                tooNarrow(label->text(), label->sizeHint().width(), label->width());
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            if (!button->text().isEmpty())
                tooNarrow(button->text(), button->sizeHint().width(), button->width());
        } else if (const auto* group = qobject_cast<const QGroupBox*>(widget)) {
            const int titleWidth = group->fontMetrics().horizontalAdvance(group->title());
            tooNarrow(group->title(), titleWidth, group->contentsRect().width());
        }
    }
    return cut;
}

} // namespace

class TestJwtWorkbenchFrench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyLabelFitsAsTheDialogOpens();
    void everyLabelFitsOnASmallScreen();

private:
    std::unique_ptr<ConfigDocument> m_document;
    std::unique_ptr<JwtWorkbench> m_workbench;
};

void TestJwtWorkbenchFrench::initTestCase()
{
    QVERIFY(installTranslations(QLocale(QLocale::French), {QStringLiteral(ENGAGE_QM_DIR)}));
}

void TestJwtWorkbenchFrench::init()
{
    CommunityConfig config;
    config.signedIdentities = SignedIdentities::require;
    config.extraValuesMapping = {
        MappingRow{QStringLiteral("cell_number"), QStringLiteral("mobile_phone")}};
    config.jwtKeys = {JwtKey{QStringLiteral("prod"), JwtAlgorithm::hs256,
                             QStringLiteral("9aeaf06388b8ab6487d1605b"), std::nullopt}};
    m_document = std::make_unique<ConfigDocument>();
    m_document->reset(config);
    m_workbench = std::make_unique<JwtWorkbench>(m_document.get());
    m_workbench->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workbench.get()));
    // The French texts are the ones shown.
    // The French texts are the ones shown.
    QCOMPARE(m_workbench->windowTitle(), QStringLiteral("Atelier JWT"));
}

void TestJwtWorkbenchFrench::cleanup()
{
    m_workbench.reset();
    m_document.reset();
}

void TestJwtWorkbenchFrench::everyLabelFitsAsTheDialogOpens()
{
    const QStringList cut = cutTexts(m_workbench.get());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void TestJwtWorkbenchFrench::everyLabelFitsOnASmallScreen()
{
    // A 1024×640 screen, less the window's title bar.
    m_workbench->resize(1024, 600);
    QApplication::processEvents();
    const QStringList cut = cutTexts(m_workbench.get());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestJwtWorkbenchFrench)
#include "test_jwt_workbench_french.moc"

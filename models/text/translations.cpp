#include "text/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace engage {

namespace {

bool installTranslator(const QLocale& locale, const QString& name, const QString& directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return false;
    translator->setParent(QCoreApplication::instance()); // the application owns it from now on
    QCoreApplication::installTranslator(translator.release());
    return true;
}

} // namespace

bool installTranslations(const QLocale& locale, const QStringList& directories)
{
    // English has a translation too: its plural forms ("1 error", "2 errors").
    const QLocale language = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    for (const QString& directory : directories) {
        if (!installTranslator(language, QStringLiteral("engage-admin"), directory))
            continue;
        // Qt's own texts (standard buttons, dialogs, --help) only in a language the application
        // speaks too, so that no message mixes two languages.
        if (language.language() != QLocale::English) {
            installTranslator(language, QStringLiteral("qtbase"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        }
        return true;
    }
    return false;
}

void removeTranslations()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>(
        QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QStringList applicationTranslationDirectories()
{
    const QString executableDirectory = QCoreApplication::applicationDirPath();
    return {executableDirectory + QStringLiteral("/../share/engage-admin/translations"),
            executableDirectory + QStringLiteral("/translations")};
}

} // namespace engage

#include "text/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <optional>

namespace engage {

namespace {

// The language of the translation loaded (the first of the locale's languages that `name` has),
// or nothing when it has none of them.
std::optional<QLocale> installTranslator(const QLocale& locale, const QString& name,
                                         const QString& directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return std::nullopt;
    const QString language = translator->language();
    translator->setParent(QCoreApplication::instance()); // the application owns it from now on
    QCoreApplication::installTranslator(translator.release());
    return language.isEmpty() ? locale : QLocale(language);
}

} // namespace

bool installTranslations(const QLocale& locale, const QStringList& directories)
{
    // English has a translation too: its plural forms ("1 error", "2 errors").
    const QLocale language = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    for (const QString& directory : directories) {
        const std::optional<QLocale> spoken =
            installTranslator(language, QStringLiteral("engage-admin"), directory);
        if (!spoken)
            continue;
        // Qt's own texts (standard buttons, dialogs, --help) only in the language the
        // application speaks, so that no message mixes two languages: with LANGUAGE=de:fr,
        // French for both, not German for Qt's.
        if (spoken->language() != QLocale::English) {
            installTranslator(QLocale(spoken->language()), QStringLiteral("qtbase"),
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

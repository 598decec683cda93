#pragma once

#include <QLocale>
#include <QStringList>

namespace engage {

// Loads the application's translation for a locale from the first directory that has it,
// and Qt's own (standard buttons and dialogs). Returns false when the application has no
// translation for that language.
bool installTranslations(const QLocale& locale, const QStringList& directories);

// Removes the translations installed by installTranslations: texts are untranslated (English)
// again, until the next installTranslations.
void removeTranslations();

// Where engage-admin looks for its .qm files: the installed share/engage-admin/translations
// beside bin/, then a translations directory beside the executable (the build tree).
QStringList applicationTranslationDirectories();

} // namespace engage

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace engage {

// The whole content of a file about to be written.
struct FileContent
{
    QString path;
    QByteArray bytes;
    bool ownerOnly = false; // readable by its owner only, from its first byte on
};

// Two files that are only meaningful together, such as a configuration file and its sync
// record (SPEC §6: "both or neither").
class FilePair
{
    Q_DECLARE_TR_FUNCTIONS(engage::FilePair)

public:
    // Writes both files or neither. Both are first written whole as temporary files beside
    // their targets, and the first target's current content is copied aside; only then are
    // they renamed over their targets, first then second. Should the second rename fail, the
    // first target gets its previous content back (or is removed when it did not exist).
    // Returns a translated error naming the files, or std::nullopt when both were written.
    static std::optional<QString> write(const FileContent& first, const FileContent& second);
};

} // namespace engage

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

// Files replaced whole or not at all: a reader never sees half a file, and a failure leaves
// the previous file as it was. Every file the program writes goes through here, so that each
// gets the same checks: only a regular file (or a symbolic link to one, which stays a link)
// or a path that does not exist yet is replaced, never a FIFO, a socket or a device node.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(engage::AtomicFile)

public:
    // Writes one file. Returns a translated error naming the file, or std::nullopt.
    static std::optional<QString> write(const FileContent& content);

    // Writes two files that are only meaningful together, such as a configuration file and its
    // sync record (docs/api.md: "both or neither"). Both are first written whole as temporary
    // files beside their targets, and the first target's current content is copied aside;
    // only then are they renamed over their targets, first then second. Should the second
    // rename fail, the first target gets its previous content back (or is removed when it did
    // not exist). Returns a translated error naming the files, or std::nullopt.
    static std::optional<QString> writeBoth(const FileContent& first, const FileContent& second);
};

} // namespace engage

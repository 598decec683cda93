#pragma once

#include "config/community_config.h"
#include "config/diagnostic.h"
#include "io/bounded_input.h"
#include "io/atomic_file.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace engage {

struct ConfigLoadResult
{
    std::optional<CommunityConfig> config; // set whenever the file is a JSON object
    Diagnostics diagnostics;               // structure and value rules, in document order
    bool isValid() const { return config && !hasErrors(diagnostics); }
    // Whether what was read is a configuration at all, valid or not: a JSON object with this
    // program's format and version. Another JSON object (a package.json, {}) loads too, and its
    // defaults would accept identities against nothing.
    bool holdsConfiguration() const;
};

struct SaveOptions
{
    bool redactSecrets = false;
};

class ConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(engage::ConfigFile)

public:
    // Reads a file, or standard input for "-", without reading past the size cap: a larger
    // input then yields config_too_large from load() and is never held whole in memory.
    static BoundedInput readBytes(const QString& path);

    // Reads the structure, validates the values and sorts every diagnostic into document
    // order. A value rule is not reported where the member already has a type error.
    static ConfigLoadResult load(QByteArrayView utf8);
    // What readBytes() gave: a file over the cap is reported with its real size when known.
    static ConfigLoadResult load(const BoundedInput& input);

    // Writes the canonical form atomically (QSaveFile): on any failure the previous file is
    // left untouched. Only a regular file (or a symbolic link to one) is replaced; a missing
    // path is created; anything else (a device, a pipe, a socket, a directory) is refused. A file
    // holding secrets is made readable by its owner only. Returns a translated error naming the
    // file, or std::nullopt on success.
    static std::optional<QString> save(const QString& path, const CommunityConfig& config,
                                       const SaveOptions& options = {});
    // What save() writes at `path`: the canonical form, owner-only when it holds secrets.
    static FileContent fileContent(const QString& path, const CommunityConfig& config,
                                   const SaveOptions& options = {});

    // docs/file-format.md, nothing read is lost: the load diagnostics (or a document's file
    // diagnostics) of what save() cannot write as the file had it. A member or array item of the
    // wrong JSON type was never read into the value (a default stands in its place), and the format
    // and version are always written as this program's own: saving would drop or change them
    // without a word, and could turn an invalid file into a valid one of another meaning.
    // Empty when the canonical form writes everything read, even if values are invalid.
    static Diagnostics notWrittenAsRead(const Diagnostics& loadDiagnostics);
    // Why the member at that diagnostic's path is not written as read, as a clause to follow
    // its path: "its value has the wrong JSON type and cannot be written as it is".
    static QString whyNotWrittenAsRead(const Diagnostic& diagnostic);
};

} // namespace engage

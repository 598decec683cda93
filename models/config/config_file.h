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
};

} // namespace engage

#pragma once

#include "io/atomic_file.h"
#include "kit/integration_kit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace engage {

enum class KitFormat { Html, Markdown };

// The integration kit as a document for the website team, in UTF-8: one self-contained HTML
// page (no script, no external resource; print CSS, code that wraps) or Markdown.
class KitDocument
{
    Q_DECLARE_TR_FUNCTIONS(engage::KitDocument)

public:
    static QByteArray render(const IntegrationKit& kit, KitFormat format);
    // What to write at `path`: the rendered kit, created owner-only when it holds the secret.
    static FileContent fileContent(const QString& path, const IntegrationKit& kit,
                                   KitFormat format);
    // "html" or "markdown" (as engagectl kit --format takes them); std::nullopt otherwise.
    static std::optional<KitFormat> formatNamed(const QString& name);
};

} // namespace engage

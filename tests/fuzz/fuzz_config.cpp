// libFuzzer target: the configuration reader and validator on arbitrary bytes.
// Whatever the input, load() must return (no crash, no hang, no sanitizer report), and a
// configuration it accepts must survive the canonical writer and be read back unchanged.

#include "config/config_file.h"
#include "config/config_writer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const engage::ConfigLoadResult result = engage::ConfigFile::load(input);
    if (result.config) {
        const QByteArray canonical = engage::canonicalJson(*result.config);
        const engage::ConfigLoadResult reread = engage::ConfigFile::load(canonical);
        if (!reread.config || engage::canonicalJson(*reread.config) != canonical)
            std::abort(); // the canonical form must be a fixed point
    }
    return 0;
}

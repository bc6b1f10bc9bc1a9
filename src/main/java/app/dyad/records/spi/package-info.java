/**
 * What other modules contribute to a record: a {@link app.dyad.records.spi.RecordSection} bean writes its part through
 * a {@link app.dyad.records.spi.RecordWriter}, once for the JSON and once for the PDF. A contributing module declares
 * {@code allowedDependencies = "records :: spi"}.
 */
@NamedInterface("spi")
@NullMarked
package app.dyad.records.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

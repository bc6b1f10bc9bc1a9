package app.dyad.checkins;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {

    @Query("select distinct i from Instrument i left join fetch i.items order by i.position")
    List<Instrument> findAllWithItems();
}

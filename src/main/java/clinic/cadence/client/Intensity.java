package clinic.cadence.client;

/** How hard a modality works the tissue, which sets the rest needed between sessions (R5). */
public enum Intensity {
    LIGHT, MODERATE, DEEP
}

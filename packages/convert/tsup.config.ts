// The library build every tipx package shares: tsup.package.ts at the repository root.
import { libraryConfig } from "../../tsup.package";

export default libraryConfig(import.meta.url);

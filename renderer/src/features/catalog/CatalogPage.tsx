import { ComingSoon } from '../../components/ComingSoon';

export const CatalogPage = () => <ComingSoon area="catalog" />;

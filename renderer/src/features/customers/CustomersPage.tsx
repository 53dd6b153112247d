import { ComingSoon } from '../../components/ComingSoon';

export const CustomersPage = () => <ComingSoon area="customers" />;

import { ComingSoon } from '../../components/ComingSoon';

export const OrdersPage = () => <ComingSoon area="orders" />;

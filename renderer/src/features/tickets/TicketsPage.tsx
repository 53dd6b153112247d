import { ComingSoon } from '../../components/ComingSoon';

export const TicketsPage = () => <ComingSoon area="tickets" />;

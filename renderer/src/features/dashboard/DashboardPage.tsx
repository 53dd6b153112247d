import { ComingSoon } from '../../components/ComingSoon';

export const DashboardPage = () => <ComingSoon area="dashboard" />;
